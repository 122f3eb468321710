package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.careflow.support.London;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A practitioner sees their own team's cases in Tasklist, and nothing of another team's. */
@BrowserTest
class TeamIsolationBrowserTest {

    static final List<String> FILTERS = List.of("My tasks", "My team's tasks", "Overdue", "Due soon", "Escalations");

    @Autowired
    ProcessEngine engine;

    @Test
    void aSouthPractitionerSeesNothingOfANorthCaseInAnyFilter(Browser browser) {
        Cases cases = new Cases(engine);
        // overdue and escalated: North's own people see it in their team's, Overdue and Escalations filters
        String northCase = cases.referral("north", "2025-01-06");
        cases.escalateWhatIsOverdue();
        String southCase = cases.referral("south", LocalDate.now(London.ZONE).toString());

        Tasklist tasklist = Tasklist.open(browser).logIn("sw.south");
        Map<String, List<String>> tasksByFilter = new LinkedHashMap<>();
        for (String filter : FILTERS) {
            tasksByFilter.put(filter, tasklist.showFilter(filter).taskNames());
            browser.screenshot("south-" + FILTERS.indexOf(filter) + "-" + filter.replaceAll("\\W+", "-").toLowerCase());
        }

        assertThat(tasksByFilter.get("My team's tasks")).as("their own team's case").contains("Decide on referral · " + southCase);
        assertThat(tasksByFilter).allSatisfy((filter, tasks) ->
                assertThat(tasks).as(filter).noneMatch(task -> task.contains(northCase)));
    }
}
