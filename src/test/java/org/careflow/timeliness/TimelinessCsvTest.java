package org.careflow.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fields as RFC 4180 quotes them, and nothing a spreadsheet would run as a formula. */
class TimelinessCsvTest {

    @Test
    void fieldsAreQuotedWhereNeededAndFormulasDefused() {
        assertThat(TimelinessCsv.field(null)).isEmpty();
        assertThat(TimelinessCsv.field(66.7)).isEqualTo("66.7");
        assertThat(TimelinessCsv.field("-1")).isEqualTo("-1");
        assertThat(TimelinessCsv.field("From a, to b")).isEqualTo("\"From a, to b\"");
        assertThat(TimelinessCsv.field("DfE's \"measure\"")).isEqualTo("\"DfE's \"\"measure\"\"\"");
        assertThat(TimelinessCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(TimelinessCsv.field("@sw.north")).isEqualTo("'@sw.north");
    }
}
