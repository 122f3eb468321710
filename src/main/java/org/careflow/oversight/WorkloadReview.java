package org.careflow.oversight;

import java.util.List;
import java.util.stream.Collectors;
import org.careflow.organisation.ManagedTeams;
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

    /** Camunda keeps a string variable in 4,000 characters; longer lists are on the oversight page. */
    static final int MAX_SUMMARY_LENGTH = 4000;
    private static final OpenSteps.Page EARLIEST_STEPS = new OpenSteps.Page(0, 100);
    private static final String SEE_THE_PAGE = "- and %d more (the oversight page lists them all)";

    public List<String> teams() {
        return teams.all();
    }

    public String summary(String team) {
        List<String> loads = caseloads.of(List.of(team)).stream()
                .map(load -> "- " + load.worker() + ": " + load.openCases() + " open cases of " + load.limit()
                        + (load.overLimit() ? " (over the limit)" : ""))
                .toList();
        OpenSteps.Steps steps = openSteps.of(List.of(team), new OpenSteps.Filter(null, null), EARLIEST_STEPS);
        List<String> overdue = steps.rows().stream().filter(step -> StepRow.OVERDUE.equals(step.status()))
                .map(step -> "- " + step.caseReference() + ": " + step.step() + ", due " + step.deadline() + ", "
                        + step.workingDays() + " working days overdue, " + step.worker())
                .toList();
        String caseloadPart = "Caseloads\n" + (loads.isEmpty() ? "- nobody in the team" : within(loads, loads.size(), MAX_SUMMARY_LENGTH / 2));
        String overduePart = "\n\nOverdue and due soon: " + steps.total() + "\n" + (overdue.isEmpty() ? "- none overdue"
                : within(overdue, steps.total(), MAX_SUMMARY_LENGTH - caseloadPart.length() - 40));
        return caseloadPart + overduePart;
    }

    /** As many lines as fit in {@code length} characters, then how many more there are. */
    private static String within(List<String> lines, long all, int length) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (String line : lines) {
            String tail = SEE_THE_PAGE.formatted(all - shown - 1);
            if (text.length() + line.length() + 1 + tail.length() > length) {
                break;
            }
            text.append(shown == 0 ? "" : "\n").append(line);
            shown++;
        }
        return shown < all ? text + (shown == 0 ? "" : "\n") + SEE_THE_PAGE.formatted(all - shown) : text.toString();
    }
}
