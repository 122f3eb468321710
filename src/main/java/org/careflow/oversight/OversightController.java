package org.careflow.oversight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.careflow.input.InvalidInputException;
import org.careflow.organisation.ManagedTeams;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What managers see, as JSON for the oversight page and the authority's own reporting, under the
 * same credentials and authorizations as the rest of CareFlow. Moving a case to another worker,
 * which the page offers too, is the case's own operation ({@code POST /api/cases/{caseReference}/allocation}).
 */
@RestController
class OversightController {

    /** Steps on one page, earliest deadline first; a head of service may have thousands. */
    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 1000;

    private final ManagedTeams managedTeams;
    private final OpenSteps openSteps;
    private final Caseloads caseloads;
    private final OversightSummary summary;
    private final WorkerChanges workerChanges;

    OversightController(ManagedTeams managedTeams, OpenSteps openSteps, Caseloads caseloads, OversightSummary summary,
                        WorkerChanges workerChanges) {
        this.managedTeams = managedTeams;
        this.workerChanges = workerChanges;
        this.openSteps = openSteps;
        this.caseloads = caseloads;
        this.summary = summary;
    }

    @GetMapping("/api/oversight/steps")
    Map<String, Object> steps(@RequestParam(required = false) String team, @RequestParam(required = false) String worker,
                              @RequestParam(required = false) String step,
                              @RequestParam(defaultValue = "0") int offset,
                              @RequestParam(defaultValue = "" + DEFAULT_PAGE) int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must be 0 or more");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE);
        }
        List<String> teams = managedTeamsOrRefuse(team);
        OpenSteps.Steps steps = openSteps.of(teams, new OpenSteps.Filter(worker, step), new OpenSteps.Page(offset, limit));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("teams", teams);
        answer.put("total", steps.total());
        answer.put("offset", offset);
        answer.put("limit", limit);
        // the team picker offers every team the reader oversees, whichever is chosen now
        answer.put("summary", summary.of(managedTeams.ofCurrentUser(), steps.counts()));
        answer.put("steps", steps.rows());
        return answer;
    }

    @GetMapping("/api/oversight/caseloads")
    Map<String, Object> caseloads(@RequestParam(required = false) String team) {
        List<String> teams = managedTeamsOrRefuse(team);
        return Map.of("teams", teams, "caseloads", caseloads.of(teams));
    }

    /** How often each child's social worker changed in the last twelve months, per child (most first) and per team. */
    @GetMapping("/api/oversight/worker-changes")
    WorkerChanges.Changes workerChanges(@RequestParam(required = false) String team) {
        return workerChanges.of(managedTeamsOrRefuse(team));
    }

    private List<String> managedTeamsOrRefuse(String team) {
        List<String> teams = managedTeams.ofCurrentUser(team);
        if (teams.isEmpty()) {
            throw new AuthorizationException("Oversight is for team managers and heads of service: you manage no team");
        }
        return teams;
    }
}
