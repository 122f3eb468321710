package org.careflow.lookedafter;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.input.InvalidInputException;
import org.careflow.timescales.EventDates;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What lookedAfter.bpmn does with the child's period of care ({@code ${lookedAfter.begin(execution)}}
 * and the task listeners): the legal status and placement checked against the SSDA903's codes
 * ({@code codes/codes.yaml}) and recorded as its episodes; the visit standard each placement sets
 * (reg 28: within a week of a placement starting, then at most 6 weeks, then 3 months after the first
 * year of a placement intended to last until 18); the chain of reviews (reg 33: 20 working days,
 * then 3 months, then 6 months, each from the review actually held).
 */
@Component("lookedAfter")
@EnableConfigurationProperties(LookedAfterProperties.class)
public class LookedAfter {

    static final String LOOKED_AFTER_ON = "lookedAfterOn";
    static final String LEGAL_STATUS = "legalStatus";
    static final String CATEGORY_OF_NEED = "categoryOfNeed";
    static final String PLACEMENT_STARTED_ON = "placementStartedOn";
    static final String HOME_POSTCODE = "homePostcode";
    static final String BROUGHT_FORWARD_TO = "lacReviewBroughtForwardTo";
    static final String VISIT_TIMESCALE = "lacVisitTimescale";
    static final String REVIEW_TIMESCALE = "lacReviewTimescale";
    static final String LAST_VISIT_ON = "lastVisitOn";
    static final String LAST_REVIEW_ON = "lastReviewOn";
    static final String LAST_HEALTH_ASSESSMENT_ON = "lastHealthAssessmentOn";
    static final String HEALTH_INITIAL = "lac-health-initial";
    static final String MISSING = "missing";
    static final String MISSING_FROM = "missingFrom";
    static final String RETURNED_ON = "returnedOn";
    /** The timescales of processes/timescales.dmn the clocks run on, in order. */
    static final String VISIT_AFTER_PLACEMENT = "lac-visit-placement";
    static final String VISIT = "lac-visit";
    static final String VISIT_LONG_TERM = "lac-visit-long-term";
    static final String VISIT_WEEKLY = "lac-visit-parent";
    static final String VISIT_FOUR_WEEKLY = "lac-visit-connected";
    /** The regulation a placement was made under where it sets its own visits: with a parent before assessment, or a connected person on temporary approval. */
    static final String PLACEMENT_APPROVAL = "placementApproval";
    static final String REG_19 = "reg-19";
    static final String REG_24 = "reg-24";
    static final String FIRST_REVIEW = "lac-review-1";
    static final String SECOND_REVIEW = "lac-review-2";
    static final String LATER_REVIEW = "lac-review-n";
    static final String HEALTH_REVIEW_UNDER_FIVE = "lac-health-review-under-5";
    static final String HEALTH_REVIEW = "lac-health-review";
    /** A UK postcode, as the 903 takes it: outward and inward parts, a space between them. */
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}");
    /** Ofsted's unique reference number: SC and six digits, or seven digits; absent where the provider has none. */
    private static final Pattern URN = Pattern.compile("(SC)?[0-9]{6,7}");

    private final Answers answers;
    private final CareEpisodes episodes;
    private final WorkingDayCalendar calendar;
    private final LookedAfterProperties properties;

    LookedAfter(Answers answers, CareEpisodes episodes, WorkingDayCalendar calendar, LookedAfterProperties properties) {
        this.answers = answers;
        this.episodes = episodes;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** The start: the period of care, its legal status and first placement, checked and recorded. */
    public void begin(DelegateExecution execution) {
        LocalDate lookedAfterOn = answers.date(execution, LOOKED_AFTER_ON);
        answers.coded(execution, LEGAL_STATUS, "legal-status", true);
        // the contract starts a period of care from its day and legal status; the category of need and the
        // placement are checked where given, and recorded where known
        answers.coded(execution, CATEGORY_OF_NEED, "category-of-need", false);
        Placement placement = placement(execution, null, false);
        String home = postcode(execution, HOME_POSTCODE);
        if (home != null) {
            execution.setVariable(HOME_POSTCODE, home);
        }
        if (execution.getVariable(PLACEMENT_STARTED_ON) == null) {
            execution.setVariable(PLACEMENT_STARTED_ON, lookedAfterOn.toString());
        }
        LocalDate placed = answers.date(execution, PLACEMENT_STARTED_ON);
        if (placed.isBefore(lookedAfterOn)) {
            throw new InvalidInputException(PLACEMENT_STARTED_ON, PLACEMENT_STARTED_ON + " (" + placed
                    + ") cannot be before the child became looked after (" + LOOKED_AFTER_ON + " " + lookedAfterOn + ")");
        }
        episodes.begin(execution, placed.isAfter(lookedAfterOn) ? placed : lookedAfterOn, CareEpisodes.STARTED, placement,
                (String) execution.getVariable(LEGAL_STATUS));
    }

    /** The timescale of the first review the process waits for: the first of the chain, or a later one for a case moved in after one. */
    public String firstReviewTimescale(DelegateExecution execution) {
        return execution.getVariable(LAST_REVIEW_ON) == null ? FIRST_REVIEW : LATER_REVIEW;
    }

    /** The timescale of the first visit the process waits for: within a week of the placement, or 6 weeks from the last visit. */
    public String firstVisitTimescale(DelegateExecution execution) {
        return execution.getVariable(LAST_VISIT_ON) == null ? VISIT_AFTER_PLACEMENT : VISIT;
    }

    /**
     * A visit that counted: the next within 6 weeks, or 3 months once a long-term placement is a year
     * old; weekly until the first review for a child placed with a parent before assessment (reg 19) or
     * with a connected person on temporary approval (reg 24), then every 4 weeks for the latter (reg 28(3), (4)).
     */
    public void visited(DelegateTask visit) {
        if (!Boolean.TRUE.equals(visit.getVariableLocal("visitCounts"))) {
            return;
        }
        LocalDate visitedOn = answers.date(visit, "visitedOn");
        LocalDate placed = answers.date(visit, PLACEMENT_STARTED_ON);
        Object approval = visit.getVariable(PLACEMENT_APPROVAL);
        boolean reviewed = visit.getVariable(LAST_REVIEW_ON) != null;
        boolean longTerm = "yes".equals(visit.getVariable("placementLongTerm"));
        String next;
        if (approval != null && !reviewed) {
            next = VISIT_WEEKLY;
        } else if (REG_24.equals(approval)) {
            next = VISIT_FOUR_WEEKLY;
        } else {
            next = longTerm && !visitedOn.isBefore(placed.plusYears(1)) ? VISIT_LONG_TERM : VISIT;
        }
        visit.setVariable(VISIT_TIMESCALE, next);
    }

    /** A review held: the next runs from it, 3 months after the first, 6 months after any later one. */
    public void reviewed(DelegateTask review) {
        String participation = answers.coded(review, "reviewParticipation", "review-participation", true);
        String mother = answers.yesOrNo(review, "childIsAMother", false);
        episodes.reviewed((DelegateExecution) review.getExecution(), answers.date(review, "lacReviewOn"), participation, mother);
        // a review brought forward has been held: the next runs on the chain again
        review.getExecution().removeVariable(BROUGHT_FORWARD_TO);
        review.setVariable(LAST_REVIEW_ON, review.getVariable("lacReviewOn"));
        review.setVariable(REVIEW_TIMESCALE, FIRST_REVIEW.equals(review.getVariable(REVIEW_TIMESCALE)) ? SECOND_REVIEW : LATER_REVIEW);
    }

    /**
     * The IRO brings the next review forward (reg 33(3)): to a day not past and before the review is
     * due; the open review is re-timed to it once the task ends.
     */
    public void broughtForward(DelegateTask request) {
        LocalDate to = answers.date(request, BROUGHT_FORWARD_TO);
        LocalDate today = LocalDate.ofInstant(EngineClock.now(), calendar.zone());
        if (to.isBefore(today)) {
            throw new InvalidInputException(BROUGHT_FORWARD_TO, BROUGHT_FORWARD_TO + " (" + to + ") has passed: a review is brought forward to a day to come");
        }
        Task review = request.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(request.getProcessInstanceId()).taskDefinitionKey("Task_HoldLookedAfterReview").singleResult();
        if (review != null && review.getDueDate() != null) {
            LocalDate due = LocalDate.ofInstant(review.getDueDate().toInstant(), calendar.zone());
            if (!to.isBefore(due)) {
                throw new InvalidInputException(BROUGHT_FORWARD_TO, BROUGHT_FORWARD_TO + " (" + to
                        + ") is not earlier than the review is due (" + due + "): bringing it forward makes it earlier");
            }
        }
    }

    /**
     * A change of placement, of legal status or of both, from the day given: the open episode ends
     * and the next begins. A new placement restarts the visit clock: a visit within a week of it.
     */
    public void changed(DelegateTask change) {
        String what = answers.coded(change, "careChange", null, true);
        LocalDate on = answers.date(change, "careChangedOn");
        LocalDate openSince = episodes.openSince(change.getProcessInstanceId());
        if (openSince != null && on.isBefore(openSince)) {
            throw new InvalidInputException("careChangedOn", "careChangedOn (" + on + ") cannot be before the episode it ends began ("
                    + openSince + ")");
        }
        boolean placementChanged = !what.equals("legal-status");
        boolean legalStatusChanged = !what.equals("placement");
        String legalStatus = legalStatusChanged ? answers.coded(change, "newLegalStatus", "legal-status", true)
                : (String) change.getVariable(LEGAL_STATUS);
        Placement placement = placementChanged ? placement(change, "new", true) : placement(change, null, false);
        episodes.end(change.getProcessInstanceId(), on, CareEpisodes.CARE_GOES_ON, placementChanged ? placement.reasonChanged() : null);
        episodes.begin((DelegateExecution) change.getExecution(), on, placementChanged && legalStatusChanged ? CareEpisodes.BOTH_CHANGED
                : placementChanged ? CareEpisodes.PLACEMENT_CHANGED : CareEpisodes.LEGAL_STATUS_CHANGED, placement, legalStatus);
        change.setVariable(LEGAL_STATUS, legalStatus);
        if (placementChanged) {
            change.setVariable("placementType", placement.type());
            change.setVariable("placementProvider", placement.provider());
            change.setVariable("placementPostcode", placement.postcode());
            change.setVariable("placementUrn", placement.urn());
            change.setVariable("placementLongTerm", placement.longTerm() ? "yes" : "no");
            Object approval = change.getVariable(name("new", PLACEMENT_APPROVAL));
            if (approval == null || approval instanceof String text && text.isBlank()) {
                change.getExecution().removeVariable(PLACEMENT_APPROVAL);
            } else {
                change.setVariable(PLACEMENT_APPROVAL, approval);
            }
            change.setVariable(PLACEMENT_STARTED_ON, on.toString());
            change.setVariable(VISIT_TIMESCALE, VISIT_AFTER_PLACEMENT);
            change.getExecution().removeVariable(LAST_VISIT_ON);
        }
    }

    /**
     * The timescale of the first health assessment the process waits for: the initial one before the
     * first review, or for a case moved in after one, the review that follows it.
     */
    public String firstHealthTimescale(DelegateExecution execution) {
        Object last = execution.getVariable(LAST_HEALTH_ASSESSMENT_ON);
        return last == null ? HEALTH_INITIAL : healthReviewTimescale(execution, last);
    }

    /**
     * The next health review's timescale, from the child's age at the assessment just held (reg 8):
     * every 6 months under 5, every 12 months from 5. Without a date of birth, the stricter.
     */
    public String healthReviewTimescale(VariableScope assessment, Object assessedOn) {
        if (assessment.getVariable("childDateOfBirth") == null) {
            return HEALTH_REVIEW_UNDER_FIVE;
        }
        LocalDate born = answers.date(assessment, "childDateOfBirth");
        LocalDate on = EventDates.parse("healthAssessmentOn", assessedOn).date(calendar.zone());
        return on.isBefore(born.plusYears(5)) ? HEALTH_REVIEW_UNDER_FIVE : HEALTH_REVIEW;
    }

    /**
     * Whether the child has a personal education plan: from the age the authority chose
     * ({@code careflow.looked-after.education-plan-from-age}) on the day they became looked after; a
     * child whose date of birth is unknown has one.
     */
    public boolean needsEducationPlan(DelegateExecution execution) {
        return execution.getVariable("childDateOfBirth") == null
                || !answers.date(execution, LOOKED_AFTER_ON).isBefore(answers.date(execution, "childDateOfBirth").plusYears(properties.educationPlanFromAge()));
    }

    /** The day the young person turns 16, from their date of birth: their leaving care needs are assessed from it. */
    public String sixteenthBirthday(DelegateExecution execution) {
        return answers.date(execution, "childDateOfBirth").plusYears(16).toString();
    }

    /**
     * The child went missing or away from their placement: on a day within their period of care, not
     * before they last came back (the 903 refuses periods that overlap, rules 574, 578).
     */
    public void wentMissing(DelegateTask report) {
        String missing = answers.coded(report, MISSING, "missing", true);
        LocalDate from = answers.date(report, MISSING_FROM);
        LocalDate since = episodes.periodSince(report.getProcessInstanceId());
        if (since != null && from.isBefore(since)) {
            throw new InvalidInputException(MISSING_FROM, MISSING_FROM + " (" + from + ") cannot be before the child became looked after ("
                    + since + ")");
        }
        LocalDate lastReturn = episodes.lastReturn(report.getProcessInstanceId());
        if (lastReturn != null && from.isBefore(lastReturn)) {
            throw new InvalidInputException(MISSING_FROM, MISSING_FROM + " (" + from + ") cannot be before the child came back the last time ("
                    + lastReturn + ")");
        }
        episodes.wentMissing((DelegateExecution) report.getExecution(), missing, from);
    }

    /** The child came back: not before they went; whether a return home interview was offered, and taken up where it was. */
    public void returned(DelegateTask report) {
        LocalDate on = answers.date(report, RETURNED_ON);
        LocalDate since = episodes.missingSince(report.getProcessInstanceId());
        if (since != null && on.isBefore(since)) {
            throw new InvalidInputException(RETURNED_ON, RETURNED_ON + " (" + on + ") cannot be before the child went missing (" + since + ")");
        }
        String offered = answers.yesOrNo(report, "returnInterviewOffered", true);
        String accepted = answers.yesOrNo(report, "returnInterviewAccepted", "yes".equals(offered));
        episodes.returned(report.getProcessInstanceId(), on, offered, "yes".equals(offered) ? accepted : null);
    }

    /** The period of care ends: its last episode with the 903's reason. */
    public void ended(DelegateTask end) {
        String reason = answers.coded(end, "careEndedReason", "reason-episode-ceased", true);
        LocalDate on = answers.date(end, "careEndedOn");
        LocalDate openSince = episodes.openSince(end.getProcessInstanceId());
        if (openSince != null && on.isBefore(openSince)) {
            throw new InvalidInputException("careEndedOn", "careEndedOn (" + on + ") cannot be before the last episode began (" + openSince + ")");
        }
        // a child whose care ends while they are away is no longer missing from care (903 rule 575)
        LocalDate missingSince = episodes.missingSince(end.getProcessInstanceId());
        if (missingSince != null && on.isBefore(missingSince)) {
            throw new InvalidInputException("careEndedOn", "careEndedOn (" + on + ") cannot be before the child went missing ("
                    + missingSince + ")");
        }
        episodes.end(end.getProcessInstanceId(), on, reason, null);
        if (missingSince != null) {
            episodes.returned(end.getProcessInstanceId(), on, null, null);
        }
    }

    /**
     * The placement the variables give ({@code placementType}, or with a prefix {@code newPlacementType}):
     * a new one needs its type and provider; the one a period of care starts with may not be known yet.
     */
    private Placement placement(VariableScope scope, String prefix, boolean required) {
        String type = answers.coded(scope, name(prefix, "placementType"), "placement-type", required);
        String provider = answers.coded(scope, name(prefix, "placementProvider"), "placement-provider", required);
        String postcode = postcode(scope, name(prefix, "placementPostcode"));
        String urn = Answers.text(scope, name(prefix, "placementUrn"));
        if (urn != null && !URN.matcher(urn.trim()).matches()) {
            throw new InvalidInputException(name(prefix, "placementUrn"), name(prefix, "placementUrn")
                    + " must be Ofsted's unique reference number (SC and 6 digits, or 7 digits), not '" + urn + "'");
        }
        String longTerm = answers.yesOrNo(scope, name(prefix, "placementLongTerm"), false);
        String approval = Answers.text(scope, name(prefix, PLACEMENT_APPROVAL));
        if (approval != null && !approval.equals(REG_19) && !approval.equals(REG_24)) {
            throw new InvalidInputException(name(prefix, PLACEMENT_APPROVAL), name(prefix, PLACEMENT_APPROVAL)
                    + " is reg-19 (with a parent before assessment) or reg-24 (a connected person on temporary approval), not '" + approval + "'");
        }
        String reason = prefix == null ? null : answers.coded(scope, "reasonPlacementChanged", "reason-placement-change", !"legal-status"
                .equals(scope.getVariable("careChange")));
        return new Placement(type, provider, postcode, urn == null ? null : urn.trim(), "yes".equals(longTerm), reason);
    }

    /** A UK postcode in the 903's form (upper case, one space), or none. */
    private static String postcode(VariableScope scope, String variable) {
        String postcode = Answers.text(scope, variable);
        if (postcode == null) {
            return null;
        }
        postcode = postcode.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!postcode.contains(" ") && postcode.length() > 3) {
            postcode = postcode.substring(0, postcode.length() - 3) + " " + postcode.substring(postcode.length() - 3);
        }
        if (!POSTCODE.matcher(postcode).matches()) {
            throw new InvalidInputException(variable, variable
                    + " must be a UK postcode (LS1 4AP), not '" + postcode + "'");
        }
        return postcode;
    }

    private static String name(String prefix, String variable) {
        return prefix == null ? variable : prefix + Character.toUpperCase(variable.charAt(0)) + variable.substring(1);
    }
}
