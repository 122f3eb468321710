package org.careflow.returns;

import java.time.LocalDate;
import java.time.Period;

/** The child as {@code CF_CHILD} holds them, in the returns' codes. */
record ChildOnRecord(String id, String name, LocalDate bornOn, LocalDate expectedOn, String sex, String ethnicity,
                     String disabilities, String upn, String upnUnknown) {

    /** Whole years at the day given; an unborn child is -1, as Ofsted asks. */
    int ageOn(LocalDate day) {
        if (bornOn == null || bornOn.isAfter(day)) {
            return -1;
        }
        return Period.between(bornOn, day).getYears();
    }

    /** Whether a disability is recorded: empty when nothing is. */
    Boolean disabled() {
        if (disabilities == null || disabilities.isBlank()) {
            return null;
        }
        return !disabilities.trim().equals("NONE");
    }
}
