package org.careflow.cases;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases/{caseReference}/allocation} with {@code {"worker": "...", "reason": "..."}}. */
@RestController
class CaseAllocationController {

    private final Reallocation reallocation;

    CaseAllocationController(Reallocation reallocation) {
        this.reallocation = reallocation;
    }

    record AllocationRequest(String worker, String reason) {
    }

    @PostMapping("/api/cases/{caseReference}/allocation")
    Reallocation.Result allocate(@PathVariable String caseReference, @RequestBody AllocationRequest request) {
        return reallocation.allocate(caseReference, request.worker(), request.reason());
    }
}
