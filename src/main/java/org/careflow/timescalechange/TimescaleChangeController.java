package org.careflow.timescalechange;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For process owners, once a changed timescale is deployed:
 * {@code POST /api/process-definitions/{key}/deadlines/recompute} with {@code {"reason": "..."}}
 * computes the open deadlines of the running cases again from the timescales in force.
 */
@RestController
class TimescaleChangeController {

    private final TimescaleChange timescaleChange;

    TimescaleChangeController(TimescaleChange timescaleChange) {
        this.timescaleChange = timescaleChange;
    }

    record RecomputeRequest(String reason) {
    }

    @PostMapping("/api/process-definitions/{key}/deadlines/recompute")
    TimescaleChange.Applied recompute(@PathVariable String key, @RequestBody RecomputeRequest request) {
        return timescaleChange.applyToRunningCases(key, request.reason());
    }
}
