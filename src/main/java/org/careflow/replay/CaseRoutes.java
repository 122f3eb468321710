package org.careflow.replay;

/**
 * Where each case goes, in the shares that give a mid-sized authority's year from 5,000 referrals:
 * 30% assessed (1,500), 8% to a strategy discussion and a section 47 enquiry alongside the
 * assessment (400), of which about 62% of those conferenced get a child protection plan (about 150).
 * The choices the forms record are drawn per case, so a case keeps its route whatever else happens.
 */
final class CaseRoutes {

    private static final Object[][] REFERRAL_DECISION = {
            {"assessment", 0.22}, {"strategy-discussion", 0.08}, {"early-help", 0.20}, {"no-further-action", 0.50}};
    private static final Object[][] ASSESSMENT_RECOMMENDATION = {
            {"child-in-need-plan", 0.45}, {"no-further-action", 0.40}, {"closure", 0.15}};
    private static final Object[][] SECTION_47_DECISION = {{"start-enquiry", 0.95}, {"no-enquiry", 0.05}};
    private static final Object[][] ENQUIRY_OUTCOME = {
            {"convene-icpc", 0.65}, {"not-substantiated", 0.20}, {"child-in-need", 0.15}};
    private static final Object[][] CONFERENCE_OUTCOME = {{"child-protection-plan", 0.62}, {"no-plan", 0.38}};
    private static final Object[][] REVIEW_DECISION = {{"continue", 0.70}, {"end-plan-child-in-need", 0.30}};
    private static final Object[][] CIN_PLAN_REVIEW_DECISION = {{"continue", 0.60}, {"end-plan", 0.40}};

    private final Dice dice;

    CaseRoutes(Dice dice) {
        this.dice = dice;
    }

    String referralDecision(String caseReference) {
        return dice.pick(caseReference + "/referral", REFERRAL_DECISION);
    }

    String assessmentRecommendation(String caseReference) {
        return dice.pick(caseReference + "/assessment", ASSESSMENT_RECOMMENDATION);
    }

    String section47Decision(String caseReference) {
        return dice.pick(caseReference + "/section47", SECTION_47_DECISION);
    }

    String enquiryOutcome(String caseReference) {
        return dice.pick(caseReference + "/enquiry", ENQUIRY_OUTCOME);
    }

    String conferenceOutcome(String caseReference) {
        return dice.pick(caseReference + "/conference", CONFERENCE_OUTCOME);
    }

    /** Each review of a child in need plan decides afresh: the plan goes on or ends. */
    String childInNeedPlanReviewDecision(String caseReference, int review) {
        return dice.pick(caseReference + "/cin-review/" + review, CIN_PLAN_REVIEW_DECISION);
    }

    /** Each review of a plan decides afresh: a plan goes on or ends. */
    String reviewDecision(String caseReference, int review) {
        return dice.pick(caseReference + "/review/" + review, REVIEW_DECISION);
    }
}
