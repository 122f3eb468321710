package org.careflow.returns;

import static org.careflow.returns.AnnexAnswers.coded;
import static org.careflow.returns.AnnexAnswers.date;
import static org.careflow.returns.AnnexAnswers.number;
import static org.careflow.returns.AnnexAnswers.yesNo;
import static org.careflow.returns.AnnexAnswers.yesNoUnknown;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.codes.CodeLists;
import org.careflow.organisation.Names;
import org.springframework.stereotype.Component;

/**
 * Ofsted's Annex A lists 3 (referrals), 4 (assessments), 5 (section 47 enquiries and initial
 * conferences), 6 (children in need), 7 (child protection plans), 8 (children in care) for the six
 * months to a day given (the day before the inspection, say), and 9 (care leavers): Ofsted's headers and
 * order, its answer formats, one row per child per event as each list says.
 */
@Component
class AnnexA {

    /** What every list begins with: who the child is. Ofsted's 2026 template asks for sex, where it asked for gender. */
    private static final List<String> CHILD = List.of("Child Unique ID", "Sex", "Ethnicity", "Date of Birth", "Age of Child (Years)");
    private static final String DISABILITY = "Does the Child have a Disability";
    private static final List<String> ALLOCATED = List.of("Allocated Team", "Allocated Worker");
    private static final Set<String> SUPPORT_NEEDED = Set.of("strategy-discussion", "child-in-need-plan");
    /** List 6's case status: the first of these the child's case had open on the last day. */
    private static final String[][] CASE_STATUS = {{"careProceedings", "Care proceedings"},
        {"childProtectionPlan", "Child protection plan"}, {"childInNeedPlan", "Child in need plan"},
        {"section47", "Section 47 enquiry"}, {"assessment", "Assessment"}, {"referral", "Referral"}};

    private final ChildrensRecords records;
    private final CodeLists codes;
    private final Names names;
    private final ReturnsProperties properties;
    private final ZoneId zone;

    AnnexA(ChildrensRecords records, CodeLists codes, Names names, ReturnsProperties properties, WorkingDayCalendar calendar) {
        this.records = records;
        this.properties = properties;
        this.codes = codes;
        this.names = names;
        this.zone = calendar.zone();
    }

    /** The period a list covers: the six months to the day given, that day included. */
    record Period(LocalDate first, LocalDate last) {

        static Period sixMonthsTo(LocalDate last) {
            return new Period(last.minusMonths(6).plusDays(1), last);
        }

        boolean contains(LocalDate day) {
            return day != null && !day.isBefore(first) && !day.isAfter(last);
        }
    }

    List<AnnexAList> lists(LocalDate asOf, List<String> teams) {
        Period period = Period.sixMonthsTo(asOf);
        // A year before the period, for the counts of the twelve months before each event
        ChildrensRecords.Record record = records.read(period.first().minusYears(1), asOf, teams);
        Writer writer = new Writer(record, period);
        return List.of(writer.referrals(), writer.assessments(), writer.enquiries(), writer.childrenInNeed(), writer.plans(),
                writer.childrenInCare(), writer.careLeavers());
    }

    AnnexAList list(LocalDate asOf, List<String> teams, int number) {
        return lists(asOf, teams).stream().filter(list -> list.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Annex A list " + number + " is not produced"));
    }

    /** The rows of one return: the record read once, names looked up once. */
    private final class Writer {

        private final ChildrensRecords.Record record;
        private final Period period;
        private final Map<String, String> teamNames;
        private final Map<String, String> workerNames;

        Writer(ChildrensRecords.Record record, Period period) {
            this.record = record;
            this.period = period;
            this.teamNames = names.ofTeams(record.episodes().stream().map(Episode::team).distinct().toList());
            this.workerNames = names.ofUsers(record.episodes().stream().map(Episode::worker)
                    .filter(java.util.Objects::nonNull).distinct().toList());
        }

        AnnexAList referrals() {
            List<Episode> referrals = record.of("referral");
            List<List<String>> rows = new ArrayList<>();
            for (Episode referral : sorted(referrals, "referralReceivedAt")) {
                LocalDate on = referral.date("referralReceivedAt", zone);
                if (!period.contains(on)) {
                    continue;
                }
                List<String> row = child(referral, false);
                row.add(date(on));
                row.add(coded(codes.get("referral-source"), referral.text("referralSource") != null
                        ? referral.text("referralSource") : CinCensus.SOURCE_UNKNOWN));
                row.add(yesNo(referral.text("decision") == null ? null : CinEpisodes.NO_FURTHER_ACTION.contains(referral.text("decision"))));
                row.add(number(earlierInTwelveMonths(referrals, referral, "referralReceivedAt", on)));
                allocated(row, referral);
                rows.add(row);
            }
            return new AnnexAList(3, "Referrals", headers(false, "Date of Referral", "Referral Source", "Referral NFA?",
                    "Number of Referrals in Last 12 Months"), rows);
        }

        AnnexAList assessments() {
            List<List<String>> rows = new ArrayList<>();
            for (Episode assessment : sorted(record.of("assessment"), "assessmentStartedOn")) {
                LocalDate started = assessment.date("assessmentStartedOn", zone);
                LocalDate authorised = assessment.authorisedOn(zone);
                boolean inPeriod = started != null && !started.isAfter(period.last())
                        && (authorised == null || !authorised.isBefore(period.first()));
                if (!inPeriod) {
                    continue;
                }
                List<String> row = child(assessment, true);
                row.add(date(started));
                row.add(yesNo(assessment.wasDone("Task_SeeChild")));
                row.add(date(authorised));
                String recommendation = assessment.text("recommendation");
                row.add(authorised == null || recommendation == null ? "" : yesNo(SUPPORT_NEEDED.contains(recommendation)));
                allocated(row, assessment);
                rows.add(row);
            }
            return new AnnexAList(4, "Assessments", headers(true, "Continuous Assessment Start Date",
                    "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
                    "Was the child assessed as requiring LA children's social care support?"), rows);
        }

        AnnexAList enquiries() {
            List<Episode> enquiries = record.of("section47").stream()
                    .filter(Episode::enquiryStarted).toList();
            List<List<String>> rows = new ArrayList<>();
            for (Episode enquiry : sorted(enquiries, "strategyDiscussionOn")) {
                LocalDate started = enquiry.date("strategyDiscussionOn", zone);
                boolean inPeriod = started != null && !started.isAfter(period.last())
                        && enquiry.isOpenOn(period.first(), zone);
                if (!inPeriod) {
                    continue;
                }
                String outcome = enquiry.text("enquiryOutcome");
                LocalDate conference = enquiry.date("initialConferenceOn", zone);
                List<String> row = child(enquiry, true);
                row.add(date(started));
                row.add(outcome == null ? "" : yesNo(!"convene-icpc".equals(outcome)));
                row.add(date(conference));
                row.add(conference == null ? "" : yesNo("child-protection-plan".equals(enquiry.text("conferenceOutcome"))));
                row.add(number(earlierInTwelveMonths(enquiries, enquiry, "strategyDiscussionOn", started)));
                row.add(number(enquiries.stream().filter(other -> other != enquiry && other.childId() != null
                                && other.childId().equals(enquiry.childId()))
                        .map(other -> other.date("initialConferenceOn", zone))
                        .filter(day -> day != null && day.isBefore(started) && day.isAfter(started.minusYears(1))).count()));
                allocated(row, enquiry);
                rows.add(row);
            }
            return new AnnexAList(5, "Section 47 enquiries and initial child protection conferences", headers(true,
                    "Strategy discussion initiating Section 47 Enquiry Start Date",
                    "Was an Initial Child Protection Conference deemed unnecessary?",
                    "Date of Initial Child Protection Conference",
                    "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                    "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months"), rows);
        }

        /**
         * Every child in need during the six months: a child whose episode (a referral that was not
         * closed with no further action) was open at some time in them, once, at their latest episode,
         * as it stood on the last day.
         */
        AnnexAList childrenInNeed() {
            CinEpisodes episodes = new CinEpisodes(zone, period.last(), properties.nfaClosureReason());
            Map<String, List<Episode>> byChild = new LinkedHashMap<>();
            record.episodes().stream().filter(episode -> episode.childId() != null)
                    .forEach(episode -> byChild.computeIfAbsent(episode.childId(), id -> new ArrayList<>()).add(episode));
            List<List<String>> rows = new ArrayList<>();
            byChild.forEach((childId, childsEpisodes) -> episodes.of(childsEpisodes).stream()
                    .filter(episode -> !episode.noFurtherAction() && !episode.referredOn().isAfter(period.last())
                            && (episode.closedOn() == null || !episode.closedOn().isBefore(period.first())))
                    .reduce((earlier, later) -> later)
                    .ifPresent(episode -> rows.add(childInNeed(episode))));
            rows.sort(Comparator.comparing(row -> row.get(0)));
            return new AnnexAList(6, "Children in need", headers(true, "CIN Start Date", "Primary Need Code",
                    "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status"), rows);
        }

        private List<String> childInNeed(CinEpisode episode) {
            List<Episode> processes = new ArrayList<>(episode.processes());
            processes.add(0, episode.referral());
            Episode latest = processes.get(processes.size() - 1);
            List<String> row = child(latest, true);
            row.add(date(episode.referredOn()));
            row.add(coded(codes.get("primary-need"), episode.primaryNeed(period.last(), zone)));
            row.add(date(processes.stream().flatMap(process -> Stream.of("Task_SeeChild", "Task_VisitChild")
                            .flatMap(step -> process.done(step).stream()))
                    .filter(day -> !day.isAfter(period.last())).max(Comparator.naturalOrder()).orElse(null)));
            row.add(date(episode.closedOn()));
            row.add(coded(codes.get("closure-reason"), episode.closureReason()));
            row.add(caseStatus(episode, processes));
            allocated(row, latest);
            return row;
        }

        /** What the child's case was on the last day: the plan or assessment open then, or closed. */
        private String caseStatus(CinEpisode episode, List<Episode> processes) {
            if (episode.closedOn() != null) {
                return "Closed";
            }
            for (String[] status : CASE_STATUS) {
                if (processes.stream().anyMatch(process -> process.processKey().equals(status[0])
                        && (process.endedOn(zone) == null || process.endedOn(zone).isAfter(period.last())))) {
                    return status[1];
                }
            }
            return "Open";
        }

        AnnexAList plans() {
            List<Episode> plans = record.of("childProtectionPlan");
            // On a plan on the day, or a plan that ended in the six months: the child's latest such plan
            Map<String, Episode> latest = new LinkedHashMap<>();
            for (Episode plan : sorted(plans, "initialConferenceOn")) {
                LocalDate started = plan.date("initialConferenceOn", zone);
                if (started != null && !started.isAfter(period.last()) && plan.isOpenOn(period.first(), zone)) {
                    latest.put(plan.childId() == null ? plan.id() : plan.childId(), plan);
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (Episode plan : latest.values()) {
                LocalDate started = plan.date("initialConferenceOn", zone);
                LocalDate ended = plan.planEndedOn(zone);
                List<String> row = child(plan, true);
                row.add(date(started));
                String initial = plan.text("initialCategoryOfAbuse") != null ? plan.text("initialCategoryOfAbuse") : plan.text("categoryOfAbuse");
                row.add(coded(codes.get("category-of-abuse"), initial));
                row.add(coded(codes.get("category-of-abuse"), plan.text("categoryOfAbuse")));
                LocalDate visited = plan.lastDone("Task_VisitChild");
                row.add(date(visited));
                row.add(visited == null || plan.text("seenAlone") == null ? "" : yesNo("yes".equals(plan.text("seenAlone"))));
                row.add(date(plan.lastDone("Task_HoldReviewConference")));
                row.add(ended != null && !ended.isAfter(period.last()) ? date(ended) : "");
                // CareFlow does not yet record emergency protection orders or police protection
                row.add("");
                row.add(number(plans.stream().filter(other -> other != plan && other.childId() != null
                        && other.childId().equals(plan.childId()) && other.startedAt().isBefore(plan.startedAt())).count()));
                allocated(row, plan);
                rows.add(row);
            }
            return new AnnexAList(7, "Child protection plans", headers(true, "Child Protection Plan Start Date",
                    "Initial Category of Abuse", "Latest Category of Abuse", "Date of the Last Statutory Visit",
                    "Was the Child Seen Alone?", "Date of latest review conference", "Child Protection Plan End Date",
                    "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                    "Number of Previous Child Protection Plans"), rows);
        }

        /**
         * Every child looked after at some time in the six months, at their latest period of care as it
         * stood on the last day, from its SSDA903 episodes. What CareFlow does not record yet (the
         * permanence plan, IRO visits, dental checks, the placement's local authority, missing episodes)
         * is left blank.
         */
        AnnexAList childrenInCare() {
            Map<String, List<ChildrensRecords.CareEpisode>> careEpisodes = records.careEpisodesOf(
                    record.of("lookedAfter").stream().map(Episode::id).toList());
            Map<String, List<LocalDate>> reviews = records.careReviewsOf(record.of("lookedAfter").stream().map(Episode::id).toList());
            Map<String, List<ChildrensRecords.MissingEpisode>> missing = records.missingEpisodesOf(
                    record.of("lookedAfter").stream().map(Episode::id).toList());
            Map<String, Episode> latest = new LinkedHashMap<>();
            for (Episode period : sorted(record.of("lookedAfter"), "lookedAfterOn")) {
                LocalDate started = period.date("lookedAfterOn", zone);
                if (started != null && !started.isAfter(this.period.last()) && period.isOpenOn(this.period.first(), zone)) {
                    latest.put(period.childId() == null ? period.id() : period.childId(), period);
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (Episode period : latest.values()) {
                List<ChildrensRecords.CareEpisode> episodes = careEpisodes.getOrDefault(period.id(), List.of()).stream()
                        .filter(episode -> !episode.decom().isAfter(this.period.last())).toList();
                if (episodes.isEmpty()) {
                    continue;
                }
                ChildrensRecords.CareEpisode current = episodes.get(episodes.size() - 1);
                LocalDate started = period.date("lookedAfterOn", zone);
                List<String> row = child(period, true);
                row.add(date(started));
                row.add(coded(codes.get("category-of-need"), current.categoryOfNeed()));
                row.add(yesNo(record.of("lookedAfter").stream().anyMatch(other -> other != period && other.childId() != null
                        && other.childId().equals(period.childId()) && other.endedOn(zone) != null
                        && other.endedOn(zone).isBefore(started) && other.endedOn(zone).isAfter(started.minusYears(1)))));
                LocalDate legalStatusSince = current.decom();
                for (int i = episodes.size() - 2; i >= 0 && episodes.get(i).legalStatus().equals(current.legalStatus()); i--) {
                    legalStatusSince = episodes.get(i).decom();
                }
                row.add(date(legalStatusSince));
                row.add(coded(codes.get("legal-status"), current.legalStatus()));
                row.add(date(reviews.getOrDefault(period.id(), List.of()).stream().filter(day -> !day.isAfter(this.period.last()))
                        .max(Comparator.naturalOrder()).orElse(null)));
                row.add(date(lastDoneBy(period, "Task_VisitChild")));
                row.add("");
                row.add("");
                row.add(date(lastDoneBy(period, "Task_CompleteHealthAssessment")));
                row.add("");
                row.add(number(episodes.stream().filter(episode -> !"L".equals(episode.rne())
                        && episode.decom().isAfter(this.period.last().minusYears(1))).count()));
                boolean ceased = current.dec() != null && !"X1".equals(current.rec()) && !current.dec().isAfter(this.period.last());
                row.add(ceased ? date(current.dec()) : "");
                row.add(ceased ? coded(codes.get("reason-episode-ceased"), current.rec()) : "");
                LocalDate placed = current.decom();
                for (int i = episodes.size() - 1; i > 0 && "L".equals(episodes.get(i).rne()); i--) {
                    placed = episodes.get(i - 1).decom();
                }
                row.add(date(placed));
                row.add(coded(codes.get("placement-type"), current.placementType()));
                row.add(coded(codes.get("placement-provider"), current.placementProvider()));
                row.add(current.placementPostcode() == null ? "" : current.placementPostcode());
                row.add(current.urn() == null ? "" : current.urn());
                // placement location and LA of placement: CareFlow does not derive them from the postcode
                row.add("");
                row.add("");
                missingColumns(row, missing.getOrDefault(period.id(), List.of()));
                allocated(row, period);
                rows.add(row);
            }
            return new AnnexAList(8, "Children in care", headers(true, "Date Started to be Looked After", "Child's Category of Need",
                    "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
                    "Start date of current legal status", "Child's Legal Status", "Date of Latest Statutory Review",
                    "Date of Last Social Work Visit", "What is the permanence plan for this child?",
                    "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment", "Date of Last Dental Check",
                    "Number of Placements in the Last 12 months", "Date Ceased to be Looked After", "Reason Ceased to be Looked After",
                    "Start Date of Most Recent Placement", "Placement Type", "Placement Provider", "Placement postcode",
                    "URN of Placement", "Placement Location", "LA of Placement",
                    "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
                    "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
                    "Was the child offered a Return Interview after their last missing episode (Y/N)?",
                    "Did the child accept a Return Interview after their last missing episode (Y/N)?"), rows);
        }

        /**
         * The times missing and away begun in the twelve months to the list's last day, and whether the
         * child was offered a return home interview after the last of them that ended, and took it up.
         */
        private void missingColumns(List<String> row, List<ChildrensRecords.MissingEpisode> episodes) {
            List<ChildrensRecords.MissingEpisode> inYear = episodes.stream().filter(episode -> !episode.start().isAfter(period.last())
                    && episode.start().isAfter(period.last().minusYears(1))).toList();
            row.add(number(inYear.stream().filter(episode -> "M".equals(episode.missing())).count()));
            row.add(number(inYear.stream().filter(episode -> "A".equals(episode.missing())).count()));
            ChildrensRecords.MissingEpisode last = inYear.stream().filter(episode -> "M".equals(episode.missing())
                    && episode.end() != null && !episode.end().isAfter(period.last()) && episode.interviewOffered() != null)
                    .reduce((first, second) -> second).orElse(null);
            row.add(last == null ? "" : "yes".equals(last.interviewOffered()) ? "Y" : "N");
            row.add(last == null || last.interviewAccepted() == null ? "" : "yes".equals(last.interviewAccepted()) ? "Y" : "N");
        }

        /**
         * Every care leaver whose leaving care support was open at some time in the six months, at its
         * latest, as their last review or contact recorded it. In touch: a contact in the six months.
         * Their eligibility category CareFlow does not record yet.
         */
        AnnexAList careLeavers() {
            Map<String, Episode> latest = new LinkedHashMap<>();
            for (Episode support : sorted(record.of("careLeaver"), "leftCareOn")) {
                LocalDate left = support.date("leftCareOn", zone);
                if (left != null && !left.isAfter(period.last()) && support.isOpenOn(period.first(), zone)) {
                    latest.put(support.childId() == null ? support.id() : support.childId(), support);
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (Episode support : latest.values()) {
                List<String> row = child(support, true);
                allocated(row, support);
                row.add("");
                LocalDate contact = lastDoneBy(support, "Task_KeepInTouch");
                row.add(yesNo(contact != null && period.contains(contact)));
                row.add(labelled(codes.get("leaver-accommodation"), support.text("leaverAccommodation")));
                String suitable = support.text("leaverAccommodationSuitable");
                row.add(suitable == null ? "" : "yes".equals(suitable) ? "a) Suitable" : "b) Unsuitable");
                row.add(labelled(codes.get("leaver-activity"), support.text("leaverActivity")));
                rows.add(row);
            }
            List<String> headers = new ArrayList<>(CHILD);
            headers.add(DISABILITY);
            headers.addAll(ALLOCATED);
            headers.addAll(List.of("Eligibility Category", "LA in Touch", "Type of Accommodation", "Suitability of Accommodation",
                    "Activity Status"));
            return new AnnexAList(9, "Care leavers", headers, rows);
        }

        /** A code as the words of its list, where Ofsted's template gives no answers of its own. */
        private String labelled(org.careflow.codes.CodeList list, String code) {
            return code == null ? "" : list.label(code);
        }

        private LocalDate lastDoneBy(Episode episode, String step) {
            return episode.done(step).stream().filter(day -> !day.isAfter(period.last())).max(Comparator.naturalOrder()).orElse(null);
        }

        private List<String> child(Episode episode, boolean withDisability) {
            ChildOnRecord child = record.child(episode);
            List<String> row = new ArrayList<>();
            row.add(child.id() == null ? "" : child.id());
            // what the record does not hold is answered as the census codes it: not recorded, not yet obtained
            row.add(coded(codes.get("sex"), child.sex() != null ? child.sex() : CinCensus.SEX_NOT_RECORDED));
            row.add(coded(codes.get("ethnicity"), child.ethnicity() != null ? child.ethnicity() : CinCensus.ETHNICITY_NOT_OBTAINED));
            row.add(date(child.bornOn()));
            row.add(child.bornOn() == null && child.expectedOn() == null ? "" : Integer.toString(child.ageOn(period.last())));
            if (withDisability) {
                row.add(yesNoUnknown(child.disabled()));
            }
            return row;
        }

        private void allocated(List<String> row, Episode episode) {
            row.add(teamNames.getOrDefault(episode.team(), episode.team()));
            row.add(episode.worker() == null ? "" : workerNames.getOrDefault(episode.worker(), episode.worker()));
        }

        /**
         * The child's events of the kind in the twelve months before this one, this one not counted
         * (as data-to-insight's Annex A reads Ofsted's guidance).
         */
        private long earlierInTwelveMonths(List<Episode> episodes, Episode episode, String dateVariable, LocalDate on) {
            return episodes.stream()
                    .filter(other -> other != episode && other.childId() != null && other.childId().equals(episode.childId())
                            && other.startedAt().isBefore(episode.startedAt()))
                    .map(other -> other.date(dateVariable, zone))
                    .filter(day -> day != null && !day.isAfter(on) && day.isAfter(on.minusYears(1)))
                    .count();
        }

        private List<Episode> sorted(List<Episode> episodes, String dateVariable) {
            Function<Episode, LocalDate> day = episode -> {
                LocalDate date = episode.date(dateVariable, zone);
                return date == null ? LocalDate.MAX : date;
            };
            return episodes.stream().sorted(Comparator.comparing(day).thenComparing(Episode::startedAt)).toList();
        }
    }

    private static List<String> headers(boolean withDisability, String... own) {
        return Stream.of(CHILD.stream(), withDisability ? Stream.of(DISABILITY) : Stream.<String>empty(),
                        Stream.of(own), ALLOCATED.stream())
                .flatMap(Function.identity()).collect(Collectors.toList());
    }
}
