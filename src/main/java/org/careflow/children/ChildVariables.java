package org.careflow.children;

import java.util.List;

/** The variables that identify and describe the child, as a referral records them (shared/contract.md). */
public final class ChildVariables {

    /** The child's identifier in the returns (the CIN census' LAchildID): letters and digits, at most 20. */
    public static final String CHILD_ID = "childId";
    public static final String NAME = "childName";
    public static final String DATE_OF_BIRTH = "childDateOfBirth";
    /** An unborn child's expected date of birth. */
    public static final String EXPECTED_DATE_OF_BIRTH = "childExpectedDateOfBirth";
    public static final String SEX = "childSex";
    public static final String ETHNICITY = "childEthnicity";
    /** Disability codes separated by spaces, {@code NONE} for none. */
    public static final String DISABILITIES = "childDisabilities";
    /** The unique pupil number. */
    public static final String UPN = "childUpn";
    public static final String UPN_UNKNOWN = "childUpnUnknown";

    /** What each process of the child's case carries on to the next. */
    public static final List<String> CARRIED = List.of(CHILD_ID, NAME);

    private ChildVariables() {
    }
}
