package org.careflow.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

class TimescalesDmnTest {

    private static final List<String> TIMESCALE_IDS = List.of("referral-decision", "strategy-discussion",
            "assessment", "assessment-kpi", "child-seen", "icpc", "core-group", "core-group-later",
            "first-review", "next-review", "cp-visit", "pre-proceedings", "plo-allocation", "plo-cmh",
            "plo-advocates-cmh", "plo-fcmh", "plo-advocates-irh", "care-proceedings", "extension",
            "lac-review-1", "lac-review-2", "lac-review-n", "escalation-to-head-of-service",
            "cp-visit-fortnightly", "cp-visit-weekly", "plan-long-running",
            "proceedings-review-first", "proceedings-review-second", "workload-review",
            "cin-plan-review-1", "cin-plan-review-n", "cin-visit", "lac-care-plan", "lac-pep", "lac-pep-review", "lac-placement-plan",
            "lac-visit-placement", "lac-visit", "lac-visit-long-term", "lac-health-initial", "pathway-plan-review", "leaver-contact",
            "sixteenth-birthday", "leaver-needs-assessment", "lac-health-review-under-5", "lac-health-review",
            "lac-visit-parent", "lac-visit-connected");

    private final Timescales timescales = new DmnFileTimescales();

    @Test
    void everyTimescaleHasExactlyOneRule() {
        assertThat(TIMESCALE_IDS).allSatisfy(id -> assertThat(timescales.get(id).id()).isEqualTo(id));
    }

    @Test
    void theStatutoryNumbersAreThoseOfTheRules() {
        assertThat(timescales.get("referral-decision"))
                .isEqualTo(new Timescale("referral-decision", 1, TimescaleUnit.WORKING_DAYS, null, 0, true));
        assertThat(timescales.get("plo-cmh")).extracting(Timescale::amount, Timescale::unit, Timescale::earliest)
                .containsExactly(18, TimescaleUnit.COURT_DAYS, 12);
        assertThat(timescales.get("plo-advocates-cmh")).extracting(Timescale::amount, Timescale::unit)
                .containsExactly(-2, TimescaleUnit.WORKING_DAYS);
        assertThat(timescales.get("care-proceedings")).extracting(Timescale::amount, Timescale::unit)
                .containsExactly(26, TimescaleUnit.WEEKS_BEGINNING_WITH);
        assertThat(timescales.get("next-review")).extracting(Timescale::amount, Timescale::unit)
                .containsExactly(6, TimescaleUnit.CALENDAR_MONTHS);
    }

    @Test
    void anUnknownTimescaleIsRefusedNamingIt() {
        assertThatThrownBy(() -> timescales.get("referal-decision"))
                .isInstanceOf(UnknownTimescaleException.class)
                .hasMessageContaining("'referal-decision'");
    }

    @Test
    void theDecisionCanBeDeployedAndOpenedInModeler() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(DmnFileTimescales.FILE)) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            Decision decision = model.getModelElementById("timescales");

            assertThat(decision.getName()).isEqualTo("Statutory timescales");
            assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");
            assertThat(model.getModelElementsByType(DecisionTable.class))
                    .singleElement().extracting(DecisionTable::getHitPolicy).isEqualTo(HitPolicy.UNIQUE);
            assertThat(model.<ModelElementInstance>getModelElementById("DMNShape_Timescales")).as("diagram shape").isNotNull();
        }
    }
}
