package org.careflow.returns;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.codes.CodeList;
import org.careflow.codes.CodeLists;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * DfE's Children in Need census for a collection year (1 April to 31 March), as the XML its
 * 2025 to 2026 specification lays out, with 2026 to 2027's pre-proceedings module: a child per child
 * with an episode open in the year, their identifiers and characteristics, and for each episode its
 * referral, assessments, section 47 enquiries, child protection plans with their reviews and
 * pre-proceedings, each as it stood on 31 March.
 */
@Component
@EnableConfigurationProperties(ReturnsProperties.class)
class CinCensus {

    private static final String SOFTWARE = "CareFlow";
    /** The census' own codes for what the record does not hold: sex not recorded, ethnicity not yet obtained, source unknown. */
    static final String SEX_NOT_RECORDED = "U";
    static final String ETHNICITY_NOT_OBTAINED = "NOBT";
    static final String SOURCE_UNKNOWN = "10";
    /** The first collection year with the pre-proceedings and family group decision making module (2026 to 2027). */
    static final int PRE_PROCEEDINGS_FROM = 2027;

    private final ChildrensRecords records;
    private final CodeLists codes;
    private final ReturnsProperties properties;
    private final ZoneId zone;

    CinCensus(ChildrensRecords records, CodeLists codes, ReturnsProperties properties, WorkingDayCalendar calendar) {
        this.records = records;
        this.codes = codes;
        this.properties = properties;
        this.zone = calendar.zone();
        if (!codes.get("closure-reason").contains(properties.nfaClosureReason())) {
            throw new IllegalStateException("careflow.returns.nfa-closure-reason '" + properties.nfaClosureReason()
                    + "' is not a reason for closure of codes/codes.yaml (" + codes.get("closure-reason").codes().keySet() + ")");
        }
        CodeList outcomes = codes.get("pre-proceedings-outcome");
        ReturnsProperties.PreProceedingsOutcome outcome = properties.preProceedingsOutcome();
        Map.of("issue", outcome.issue(), "step-down", outcome.stepDown(), "ongoing", outcome.ongoing()).forEach((decision, code) -> {
                    if (!outcomes.contains(code)) {
                        throw new IllegalStateException("careflow.returns.pre-proceedings-outcome." + decision + " '" + code
                                + "' is not an outcome of pre-proceedings of codes/codes.yaml (" + outcomes.codes().keySet() + ")");
                    }
                });
    }

    /** The collection year ending on 31 March of {@code year}. */
    record CollectionYear(int year) {

        /** The collection year a day falls in: from 1 April, the one ending next March. */
        static CollectionYear of(LocalDate day) {
            return new CollectionYear(day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear());
        }

        /** The last collection year that had ended by the day. */
        static CollectionYear lastEndedBy(LocalDate day) {
            return new CollectionYear(of(day).year() - 1);
        }

        LocalDate first() {
            return LocalDate.of(year - 1, 4, 1);
        }

        LocalDate referenceDate() {
            return LocalDate.of(year, 3, 31);
        }

        boolean contains(LocalDate day) {
            return day != null && !day.isBefore(first()) && !day.isAfter(referenceDate());
        }
    }

    String xml(CollectionYear year, List<String> teams) {
        if (properties.laCode() == null || !properties.laCode().matches("\\d{3}")) {
            throw new MissingSetting("careflow.returns.la-code (CAREFLOW_RETURNS_LA_CODE)",
                    "The census names the authority by its three-digit DfE code");
        }
        LocalDate asAt = year.referenceDate();
        ChildrensRecords.Record record = records.read(year.first(), asAt, teams);
        CinEpisodes episodes = new CinEpisodes(zone, asAt, properties.nfaClosureReason());
        Map<String, List<Episode>> byChild = new LinkedHashMap<>();
        record.episodes().stream().filter(episode -> episode.childId() != null)
                .forEach(episode -> byChild.computeIfAbsent(episode.childId(), id -> new ArrayList<>()).add(episode));
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            Writer writer = new Writer(xml, year, episodes);
            xml.writeStartDocument("UTF-8", "1.0");
            writer.open("Message");
            writer.header();
            writer.open("Children");
            for (Map.Entry<String, List<Episode>> child : byChild.entrySet()) {
                List<CinEpisode> inYear = episodes.of(child.getValue()).stream()
                        .filter(episode -> !episode.referredOn().isAfter(asAt)
                                && (episode.closedOn() == null || !episode.closedOn().isBefore(year.first())))
                        .toList();
                if (!inYear.isEmpty()) {
                    writer.child(record.child(child.getValue().get(0)), inYear, child.getValue());
                }
            }
            writer.close();
            writer.close();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the CIN census", e);
        }
    }

    /** One census written, indented as DfE's examples are. */
    private final class Writer {

        private final XMLStreamWriter xml;
        private final CollectionYear year;
        private final CinEpisodes episodes;
        private int depth;

        Writer(XMLStreamWriter xml, CollectionYear year, CinEpisodes episodes) {
            this.xml = xml;
            this.year = year;
            this.episodes = episodes;
        }

        void header() throws XMLStreamException {
            open("Header");
            open("CollectionDetails");
            element("Collection", "CIN");
            element("Year", Integer.toString(year.year()));
            element("ReferenceDate", year.referenceDate().toString());
            close();
            open("Source");
            element("SourceLevel", "L");
            element("LEA", properties.laCode());
            element("SoftwareCode", SOFTWARE);
            element("Release", CinCensus.class.getPackage().getImplementationVersion() == null ? "development"
                    : CinCensus.class.getPackage().getImplementationVersion());
            element("SerialNo", "001");
            element("DateTime", LocalDateTime.ofInstant(EngineClock.now(), zone).withNano(0)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            close();
            close();
        }

        void child(ChildOnRecord child, List<CinEpisode> inYear, List<Episode> all) throws XMLStreamException {
            open("Child");
            open("ChildIdentifiers");
            element("LAchildID", child.id());
            element("UPN", child.upn());
            element("UPNunknown", child.upn() == null ? child.upnUnknown() : null);
            element("PersonBirthDate", date(child.bornOn()));
            element("ExpectedPersonBirthDate", child.bornOn() == null ? date(child.expectedOn()) : null);
            element("Sex", child.sex() != null ? child.sex() : SEX_NOT_RECORDED);
            close();
            open("ChildCharacteristics");
            element("Ethnicity", child.ethnicity() != null ? child.ethnicity() : ETHNICITY_NOT_OBTAINED);
            if (child.disabilities() != null && !child.disabilities().isBlank()) {
                open("Disabilities");
                for (String disability : codes.get("disability").codesIn(child.disabilities())) {
                    element("Disability", disability);
                }
                close();
            }
            close();
            for (CinEpisode episode : inYear) {
                details(episode, all);
            }
            close();
        }

        private void details(CinEpisode episode, List<Episode> all) throws XMLStreamException {
            LocalDate asAt = year.referenceDate();
            open("CINdetails");
            element("CINreferralDate", date(episode.referredOn()));
            element("ReferralSource", episode.referral().text("referralSource") != null
                    ? episode.referral().text("referralSource") : SOURCE_UNKNOWN);
            element("PrimaryNeedCode", episode.noFurtherAction() ? null : episode.primaryNeed(year.referenceDate(), zone));
            element("CINclosureDate", date(episode.closedOn()));
            element("ReasonForClosure", episode.closureReason());
            for (Episode assessment : episode.of("assessment")) {
                LocalDate started = assessment.date("assessmentStartedOn", zone);
                LocalDate authorised = authorisedBy(assessment, asAt);
                boolean cancelled = authorised == null && assessment.endedOn(zone) != null && !assessment.endedOn(zone).isAfter(asAt);
                boolean inYear = authorised != null ? year.contains(authorised) : started != null && !started.isAfter(asAt);
                if (!inYear || cancelled) {
                    continue;
                }
                open("Assessments");
                element("AssessmentActualStartDate", date(started));
                element("AssessmentAuthorisationDate", date(authorised));
                if (authorised != null && assessment.text("assessmentFactors") != null) {
                    open("FactorsIdentifiedAtAssessment");
                    for (String factor : codes.get("assessment-factor").codesIn(assessment.text("assessmentFactors"))) {
                        element("AssessmentFactors", factor);
                    }
                    close();
                }
                close();
            }
            for (Episode plan : episode.of("childInNeedPlan")) {
                LocalDate started = plan.date("cinPlanStartedOn", zone);
                LocalDate ended = childInNeedPlanEnded(plan, episode);
                ended = ended != null && !ended.isAfter(asAt) ? ended : null;
                // rules 4010 and 4013: begun by 31 March, and not ended before the year
                if (started == null || started.isAfter(asAt) || ended != null && ended.isBefore(year.first())) {
                    continue;
                }
                open("CINPlanDates");
                element("CINPlanStartDate", date(started));
                element("CINPlanEndDate", date(ended));
                close();
            }
            for (Episode enquiry : episode.of("section47")) {
                if (!enquiry.enquiryStarted()) {
                    continue;
                }
                LocalDate started = enquiry.date("section47StartedOn", zone) != null
                        ? enquiry.date("section47StartedOn", zone) : enquiry.date("strategyDiscussionOn", zone);
                LocalDate conference = enquiry.date("initialConferenceOn", zone);
                conference = conference != null && !conference.isAfter(asAt) ? conference : null;
                LocalDate ended = enquiry.endedOn(zone);
                boolean notRequired = enquiry.text("enquiryOutcome") != null && !"convene-icpc".equals(enquiry.text("enquiryOutcome"))
                        && ended != null && !ended.isAfter(asAt);
                boolean inYear = conference != null ? year.contains(conference)
                        : started != null && !started.isAfter(asAt) && (ended == null || !ended.isBefore(year.first()));
                // an enquiry that ended with neither a conference nor a decision that none was needed was cancelled
                boolean cancelled = conference == null && !notRequired && ended != null && !ended.isAfter(asAt);
                if (!inYear || started == null || cancelled) {
                    continue;
                }
                open("Section47");
                element("S47ActualStartDate", date(started));
                element("InitialCPCtarget", date(enquiry.deadlines().get("icpc")));
                element("DateOfInitialCPC", date(conference));
                element("ICPCnotRequired", notRequired ? "1" : "0");
                close();
            }
            element("ReferralNFA", episode.noFurtherAction() ? "1" : "0");
            for (Episode plan : episode.of("childProtectionPlan")) {
                LocalDate started = plan.date("initialConferenceOn", zone);
                LocalDate ended = plan.planEndedOn(zone);
                ended = ended != null && !ended.isAfter(asAt) ? ended : null;
                if (started == null || started.isAfter(asAt) || ended != null && ended.isBefore(year.first())) {
                    continue;
                }
                open("ChildProtectionPlans");
                element("CPPstartDate", date(started));
                element("CPPendDate", date(ended));
                String initial = plan.text("initialCategoryOfAbuse") != null ? plan.text("initialCategoryOfAbuse")
                        : plan.text("categoryOfAbuse");
                element("InitialCategoryOfAbuse", initial);
                element("LatestCategoryOfAbuse", plan.text("categoryOfAbuse"));
                element("NumberOfPreviousCPP", Long.toString(all.stream().filter(other -> other != plan
                        && other.processKey().equals("childProtectionPlan") && other.startedAt().isBefore(plan.startedAt())).count()));
                List<LocalDate> reviews = plan.done("Task_HoldReviewConference").stream()
                        .filter(review -> year.contains(review) && review.isAfter(started)).toList();
                if (!reviews.isEmpty()) {
                    open("Reviews");
                    for (LocalDate review : reviews) {
                        element("CPPreviewDate", date(review));
                    }
                    close();
                }
                close();
            }
            if (year.year() >= PRE_PROCEEDINGS_FROM) {
                for (Episode proceedings : episode.of("careProceedings")) {
                    preProceedings(proceedings);
                }
            }
            close();
        }

        /**
         * The pre-proceedings of a care proceedings process, when the legal gateway began them in the
         * year (rule 9005), as they stood on 31 March: the letter and whether it offered a family group
         * decision making meeting, whether one was held, the first meeting and the reviews after it, and
         * once a review ended them, its day, the outcome and the application to the court.
         */
        private void preProceedings(Episode proceedings) throws XMLStreamException {
            LocalDate started = "pre-proceedings".equals(proceedings.text("legalGatewayDecision"))
                    ? known(proceedings, "legalGatewayOn") : null;
            if (!year.contains(started)) {
                return;
            }
            LocalDate letter = known(proceedings, "letterSentOn");
            LocalDate meeting = known(proceedings, "preProceedingsMeetingOn");
            // the decision of the latest review, when that review was held by 31 March
            LocalDate reviewed = known(proceedings, "preProceedingsReviewOn");
            ReturnsProperties.PreProceedingsOutcome outcomes = properties.preProceedingsOutcome();
            String outcome = outcomes.of(reviewed == null ? null : proceedings.text("preProceedingsDecision"));
            LocalDate decided = outcomes.ended(outcome) ? reviewed : null;
            LocalDate applied = decided == null ? null : known(proceedings, "issuedOn");
            open("PreProceedingsandFGDM");
            element("PPStartDate", date(started));
            element("LBPSentDate", date(letter));
            if (letter != null) {
                element("FGDMMeetingOffer", "yes".equals(proceedings.text("familyGroupMeetingOffered")) ? "1" : "0");
                element("FGDMMeetingFac", known(proceedings, "familyGroupMeetingOn") != null ? "1" : "0");
            }
            element("InitialPPMeetingDate", date(meeting));
            if (meeting != null) {
                element("ReviewMeetingsCount", Long.toString(proceedings.done("Task_ReviewPreProceedings").stream()
                        .filter(review -> !review.isAfter(year.referenceDate())).count()));
            }
            element("StepDecisionDate", date(decided));
            element("PPOutcome", outcome);
            element("CourtAppDate", date(applied));
            element("LetterInitCPDate", applied == null ? null : date(known(proceedings, "issueLetterSentOn")));
            close();
        }

        /**
         * The day a child in need plan ended: a protection plan that replaced it began that day (rules
         * 4016 and 4017: the two never overlap), else the day its review ended it.
         */
        private LocalDate childInNeedPlanEnded(Episode plan, CinEpisode episode) {
            LocalDate ended = plan.planEndedOn(zone);
            LocalDate started = plan.date("cinPlanStartedOn", zone);
            if (ended == null || started == null) {
                return ended;
            }
            return episode.of("childProtectionPlan").stream().map(protection -> protection.date("initialConferenceOn", zone))
                    .filter(day -> day != null && !day.isBefore(started) && !day.isAfter(ended))
                    .min(Comparator.naturalOrder()).orElse(ended);
        }

        /** A day the process recorded, if it had come by 31 March. */
        private LocalDate known(Episode episode, String variable) {
            LocalDate day = episode.date(variable, zone);
            return day != null && !day.isAfter(year.referenceDate()) ? day : null;
        }

        private LocalDate authorisedBy(Episode assessment, LocalDate day) {
            LocalDate authorised = assessment.authorisedOn(zone);
            return authorised != null && !authorised.isAfter(day) ? authorised : null;
        }

        void open(String name) throws XMLStreamException {
            indent();
            xml.writeStartElement(name);
            depth++;
        }

        void close() throws XMLStreamException {
            depth--;
            indent();
            xml.writeEndElement();
        }

        /** An element with its text; none at all for a value the record does not hold. */
        void element(String name, String value) throws XMLStreamException {
            if (value == null || value.isBlank()) {
                return;
            }
            indent();
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            xml.writeCharacters("\n" + "    ".repeat(depth));
        }

        private String date(LocalDate date) {
            return date == null ? null : date.toString();
        }
    }
}
