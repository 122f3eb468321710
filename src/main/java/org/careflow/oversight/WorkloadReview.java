package org.careflow.oversight;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the weekly workload review ({@code processes/workloadReview.bpmn}) asks of CareFlow: for
 * which teams, and the summary each team manager reviews.
 */
@Component("workloadReview")
public class WorkloadReview {

    private final ManagedTeams teams;
    private final Caseloads caseloads;
    private final OpenSteps openSteps;

    WorkloadReview(ManagedTeams teams, Caseloads caseloads, OpenSteps openSteps) {
        this.teams = teams;
        this.caseloads = caseloads;
        this.openSteps = openSteps;
    }

    public List<String> teams() {
        return teams.all();
    }

    public String summary(String team) {
        String loads = caseloads.of(List.of(team)).stream()
                .map(load -> "- " + load.worker() + ": " + load.openCases() + " open cases of " + load.limit()
                        + (load.overLimit() ? " (over the limit)" : ""))
                .collect(Collectors.joining("\n"));
        List<StepRow> steps = openSteps.of(List.of(team), new OpenSteps.Filter(null, null));
        String overdue = steps.stream().filter(step -> StepRow.OVERDUE.equals(step.status()))
                .map(step -> "- " + step.caseReference() + ": " + step.step() + ", due " + step.deadline() + ", "
                        + step.workingDays() + " working days overdue, " + step.worker())
                .collect(Collectors.joining("\n"));
        return "Caseloads\n" + (loads.isEmpty() ? "- nobody in the team" : loads)
                + "\n\nOverdue steps\n" + (overdue.isEmpty() ? "- none" : overdue);
    }
}
