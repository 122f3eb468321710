package org.careflow.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.careflow.codes.CodeList;

/** Annex A's answer formats: dates as dd/mm/yyyy, yes and no as Ofsted's lettered answers. */
final class AnnexAnswers {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String YES = "a) Yes";
    static final String NO = "b) No";
    static final String UNKNOWN = "c) Unknown";

    private AnnexAnswers() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : UK_DATE.format(date);
    }

    /** Yes or no; blank where the answer is not yet known (an assessment still open). */
    static String yesNo(Boolean answer) {
        return answer == null ? "" : answer ? YES : NO;
    }

    /** Yes, no, or unknown where the record does not say. */
    static String yesNoUnknown(Boolean answer) {
        return answer == null ? UNKNOWN : answer ? YES : NO;
    }

    static String coded(CodeList list, String code) {
        return code == null || code.isBlank() ? "" : list.annexAnswer(code);
    }

    static String number(long count) {
        return Long.toString(count);
    }
}
