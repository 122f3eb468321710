package org.careflow.replay;

import java.time.LocalDate;
import java.util.Map;

/**
 * Who the replay's referrals are about, as a referral records them in the returns' codes: a child of
 * any age to 17, of the sexes, ethnicities and disabilities a mid-sized English authority sees, and
 * the referral's source; each drawn from the case, so the same seed refers the same children.
 */
final class ReferredChildren {

    private static final Object[][] SEXES = {{"F", 0.49}, {"M", 0.51}};
    private static final Object[][] ETHNICITIES = {{"WBRI", 0.70}, {"WOTH", 0.06}, {"MWBC", 0.04}, {"MOTH", 0.04},
        {"AIND", 0.03}, {"APKN", 0.03}, {"BAFR", 0.04}, {"BCRB", 0.02}, {"OOTH", 0.02}, {"NOBT", 0.02}};
    private static final Object[][] DISABILITIES = {{"NONE", 0.88}, {"LD", 0.04}, {"COMM AUT", 0.03}, {"BEH", 0.03},
        {"MOB HAND", 0.02}};
    private static final Object[][] SOURCES = {{"6", 0.29}, {"2A", 0.19}, {"3F", 0.07}, {"3A", 0.03}, {"3E", 0.04},
        {"5A", 0.06}, {"5D", 0.04}, {"1A", 0.06}, {"1C", 0.01}, {"4", 0.03}, {"7", 0.03}, {"8", 0.11}, {"9", 0.01}, {"10", 0.03}};
    private static final int SCHOOL_AGE = 6;

    private final Dice dice;

    ReferredChildren(Dice dice) {
        this.dice = dice;
    }

    /** The start variables that describe the child referred on the day. */
    Map<String, Object> of(String caseReference, LocalDate day) {
        LocalDate born = day.minusDays(dice.between(30, 17 * 365, caseReference, "born"));
        boolean schoolAge = !born.plusYears(SCHOOL_AGE).isAfter(day);
        return Map.of("childDateOfBirth", born.toString(),
                "childSex", dice.pick(caseReference + "/sex", SEXES),
                "childEthnicity", dice.pick(caseReference + "/ethnicity", ETHNICITIES),
                "childDisabilities", dice.pick(caseReference + "/disabilities", DISABILITIES),
                // the replay has no pupil numbers to give: a young child has none yet, an older one is not known to us
                "childUpnUnknown", schoolAge ? "UN2" : "UN1",
                "referralSource", dice.pick(caseReference + "/source", SOURCES));
    }
}
