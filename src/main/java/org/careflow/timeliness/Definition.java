package org.careflow.timeliness;

import org.careflow.timeliness.TimelinessReport.National;

/** What a measure is, apart from its figures: the page's heading, what it runs from and to, and its national figure. */
record Definition(String id, String title, String basis, String measuredFrom, String measuredTo, String unit, Integer limit,
                  boolean higherIsBetter, National national, String note) {

    static final String STATUTORY = "statutory";
    static final String DFE = "dfe";
    static final String WORKING_DAYS = "working-days";
    static final String WEEKS = "weeks";

    private static final String DFE_2025 = "DfE, Characteristics of children in need, year to 31 March 2025";

    static final Definition REFERRAL_DECISION = new Definition("referral-decision", "Referral decisions within 1 working day",
            STATUTORY, "referral received", "decision made (and agreed, where the authority requires it)", WORKING_DAYS, 1,
            true, null, null);
    static final Definition ASSESSMENT = new Definition("assessment", "Assessments within 45 working days of the referral",
            STATUTORY, "referral received", "assessment authorised", WORKING_DAYS, 45, true, null,
            "Working Together's measure. DfE publishes the one from the assessment's start (next measure).");
    static final Definition ASSESSMENT_DFE = new Definition("assessment-kpi",
            "Assessments within 45 working days of their start (DfE's measure)", DFE, "assessment started",
            "assessment authorised", WORKING_DAYS, 45, true, new National(85.7, 33.0,
                    "85.7% within 45 working days; median 33 working days", DFE_2025),
            "An assessment whose start the ledger does not have (opened before CareFlow kept it) is not counted.");
    static final Definition ICPC = new Definition("icpc", "Initial conferences within 15 working days of the strategy discussion",
            STATUTORY, "strategy discussion at which the section 47 enquiry was initiated", "initial child protection conference held",
            WORKING_DAYS, 15, true, null, null);
    static final Definition ICPC_DFE = new Definition("icpc-dfe",
            "Initial conferences within 15 working days of the section 47 start (DfE's measure)", DFE,
            "section 47 enquiry started (for now: the strategy discussion)", "initial child protection conference held",
            WORKING_DAYS, 15, true, new National(81.4, 14.0, "81.4% within 15 working days; median 14 working days", DFE_2025),
            "CareFlow does not yet record the section 47 enquiry's own start date: until it does, this is measured from the "
                    + "strategy discussion, as the statutory measure is.");
    static final Definition CORE_GROUP = new Definition("core-group", "Core groups on time", STATUTORY,
            "the initial conference (first), the previous core group (later)", "core group held", null, null, true, null, null);
    static final Definition REVIEW = new Definition("review", "Review conferences on time", STATUTORY,
            "the initial conference (first review, 3 months), the previous review (6 months)", "review conference held",
            null, null, true, null, null);
    static final Definition VISIT = new Definition("visit", "Statutory visits on time", STATUTORY,
            "the previous visit (or the plan's start)", "child seen", null, null, true, null,
            "Every visit timescale the models declare: a child protection plan's 10 working days, weekly or fortnightly; a child in "
                    + "need plan's 20 working days; a looked-after child's week after a placement, 6 weeks or 3 months.");
    static final Definition CARE_PROCEEDINGS = new Definition("care-proceedings", "Care proceedings within 26 weeks", STATUTORY,
            "application issued (day 1)", "final hearing", WEEKS, 26, true, new National(23.0, null,
                    "26 weeks is the limit; in 2021 only 23% finished within it, and proceedings took 39 to 47 weeks on "
                            + "average in 2021 to 2025", "Family court statistics, as shared/domain/timescales.md quotes them"),
            "Within 26 weeks: the final hearing no later than the issue date plus 181 days, extensions or not.");
    static final Definition RE_REFERRAL = new Definition("re-referral", "Re-referrals within 12 months", STATUTORY,
            "referral received", "an earlier referral of the same case in the 12 months before", null, null, false, null,
            "Counted by case reference until CareFlow identifies the child across cases.");
    static final Definition REPEAT_PLAN = new Definition("repeat-plan", "Second or later child protection plans", STATUTORY,
            "plan started (initial conference)", "an earlier plan of the same case", null, null, false, null,
            "Counted by case reference until CareFlow identifies the child across cases; plans that began before the "
                    + "ledger was kept are not known to it.");
    static final Definition LONG_PLAN = new Definition("long-plan", "Plans ended after two years or more", STATUTORY,
            "plan started (initial conference)", "plan ended", null, null, false, null,
            "Plans that ended in the period. Still open at its end after two years or more: the overdue count.");
}
