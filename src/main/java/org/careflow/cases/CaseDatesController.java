package org.careflow.cases;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT /api/cases/{caseReference}/dates/{variable}} with {@code {"date": "...", "reason": "..."}}. */
@RestController
class CaseDatesController {

    private final CaseDates caseDates;

    CaseDatesController(CaseDates caseDates) {
        this.caseDates = caseDates;
    }

    record DateChangeRequest(String date, String reason) {
    }

    @PutMapping("/api/cases/{caseReference}/dates/{variable}")
    CaseDates.Change change(@PathVariable String caseReference, @PathVariable String variable,
                            @RequestBody DateChangeRequest request) {
        return caseDates.change(caseReference, variable, request.date(), request.reason());
    }
}
