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

    /** The earliest deadlines; a summary of thousands of rows would not be read. */
    private static final OpenSteps.Page FIRST_STEPS = new OpenSteps.Page(0, 200);

    public List<String> teams() {
        return teams.all();
    }

    public String summary(String team) {
        String loads = caseloads.of(List.of(team)).stream()
                .map(load -> "- " + load.worker() + ": " + load.openCases() + " open cases of " + load.limit()
                        + (load.overLimit() ? " (over the limit)" : ""))
                .collect(Collectors.joining("\n"));
        OpenSteps.Steps steps = openSteps.of(List.of(team), new OpenSteps.Filter(null, null), FIRST_STEPS);
        String overdue = steps.rows().stream().filter(step -> StepRow.OVERDUE.equals(step.status()))
                .map(step -> "- " + step.caseReference() + ": " + step.step() + ", due " + step.deadline() + ", "
                        + step.workingDays() + " working days overdue, " + step.worker())
                .collect(Collectors.joining("\n"));
        long more = steps.total() - steps.rows().size();
        if (more > 0) {
            overdue += "\n- and " + more + " more overdue or due soon (the oversight page lists them)";
        }
        return "Caseloads\n" + (loads.isEmpty() ? "- nobody in the team" : loads)
                + "\n\nOverdue steps\n" + (overdue.isEmpty() ? "- none" : overdue);
    }
}
