package org.careflow.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.support.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * DfE's CIN census for April 2026 to March 2027, from a journey of every kind entered as practitioners
 * enter them: a referral with no further action, an assessment that closes the case, an enquiry that
 * finds no need for a conference, a plan reviewed twice, and plans that went to pre-proceedings,
 * one of them to proceedings. Checked against DfE's structure and the
 * validator's rules the data could break (their codes in the assertions); the file is left in
 * target/ for data-to-insight's csc-validator-be-cin (docs/returns.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class CinCensusHttpTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    WorkingDayCalendar calendar;

    EngineClock clock;
    String suffix;
    Document census;
    XPath xpath = XPathFactory.newInstance().newXPath();

    @BeforeEach
    void aYearOfJourneys() throws Exception {
        clock = new EngineClock(engine.getManagementService());
        suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        Journeys journeys = new Journeys(engine, http);
        Map<String, Object> child = Map.of("childDateOfBirth", "2016-05-04", "childSex", "M", "childEthnicity", "WBRI",
                "childDisabilities", "NONE", "childUpnUnknown", "UN2");

        clock.set(at("2026-05-05T10:00"));
        journeys.referral("NFA-" + suffix, "north", "2026-05-05", "NFA" + suffix, child, "6");
        journeys.decide("NFA-" + suffix, "north", "no-further-action");

        // a case moved in over REST with only what the contract asks of a referral
        ResponseEntity<String> movedIn = http.withBasicAuth("sw.north", "demo").postForEntity(
                "/engine-rest/process-definition/key/referral/start", Map.of("businessKey", "MIN-" + suffix, "variables", Map.of(
                        "team", Map.of("value", "north"), "referralReceivedAt", Map.of("value", "2026-05-05T08:00:00Z"))), String.class);
        assertThat(movedIn.getStatusCode()).as(movedIn.getBody()).isEqualTo(HttpStatus.OK);
        journeys.decide("MIN-" + suffix, "north", "no-further-action");

        clock.set(at("2026-06-01T10:00"));
        journeys.referral("ASS-" + suffix, "north", "2026-06-01", "ASS" + suffix, child, "2A");
        clock.set(at("2026-06-02T10:00"));
        journeys.decide("ASS-" + suffix, "north", "assessment");
        clock.set(at("2026-06-20T10:00"));
        journeys.assessment("ASS-" + suffix, "north", "2026-06-10", "21", "no-further-action", "N9");

        clock.set(at("2026-07-01T10:00"));
        journeys.referral("S47-" + suffix, "north", "2026-07-01", "S47" + suffix, child, "3E");
        journeys.decide("S47-" + suffix, "north", "strategy-discussion");
        clock.set(at("2026-07-03T10:00"));
        journeys.enquiry("S47-" + suffix, "north", "2026-07-02", "2026-07-03", "not-substantiated");
        // the assessment that runs alongside an enquiry closes the case
        clock.set(at("2026-07-20T10:00"));
        journeys.assessment("S47-" + suffix, "north", "2026-07-06", "3B", "no-further-action", "N1");

        // an enquiry started on its own, its case moved in without its referral
        clock.set(at("2026-08-03T10:00"));
        ResponseEntity<String> enquiry = http.withBasicAuth("sw.north", "demo").postForEntity(
                "/engine-rest/process-definition/key/section47/start", Map.of("businessKey", "ONLY-" + suffix, "variables",
                        Map.of("team", Map.of("value", "north"), "strategyDiscussionOn", Map.of("value", "2026-08-03"))), String.class);
        assertThat(enquiry.getStatusCode()).as(enquiry.getBody()).isEqualTo(HttpStatus.OK);
        journeys.complete("ONLY-" + suffix, "Task_CompleteSection47Enquiry", "sw.north", Map.of("enquiryFindings", "F",
                "childViews", "V", "enquiryOutcome", "not-substantiated", "section47StartedOn", "2026-08-03"));

        clock.set(at("2026-09-01T10:00"));
        journeys.referral("CPP-" + suffix, "south", "2026-09-01", "CPP" + suffix, child, "1A");
        journeys.decide("CPP-" + suffix, "south", "strategy-discussion");
        clock.set(at("2026-09-03T10:00"));
        journeys.enquiry("CPP-" + suffix, "south", "2026-09-02", "2026-09-03", "convene-icpc");
        clock.set(at("2026-09-15T10:00"));
        journeys.assessment("CPP-" + suffix, "south", "2026-09-07", "18C 3B", "strategy-discussion", "N1");
        clock.set(at("2026-09-18T10:00"));
        journeys.initialConference("CPP-" + suffix, "south", "2026-09-18", "child-protection-plan", "PHY");
        clock.set(at("2026-12-15T10:00"));
        journeys.review("CPP-" + suffix, "south", "2026-12-15", "continue", "MUL");
        clock.set(at("2027-03-10T10:00"));
        journeys.review("CPP-" + suffix, "south", "2027-03-10", "end-plan-closure", "MUL");

        // a plan that goes to the legal gateway: pre-proceedings, a family group meeting, a decision to issue
        clock.set(at("2026-10-01T10:00"));
        journeys.referral("PLO-" + suffix, "north", "2026-10-01", "PLO" + suffix, child, "1A");
        journeys.decide("PLO-" + suffix, "north", "strategy-discussion");
        clock.set(at("2026-10-05T10:00"));
        journeys.enquiry("PLO-" + suffix, "north", "2026-10-02", "2026-10-05", "convene-icpc");
        clock.set(at("2026-10-16T10:00"));
        journeys.initialConference("PLO-" + suffix, "north", "2026-10-16", "child-protection-plan", "NEG");
        clock.set(at("2026-12-10T10:00"));
        journeys.review("PLO-" + suffix, "north", "2026-12-10", "legal-gateway", "NEG");
        clock.set(at("2026-12-17T10:00"));
        journeys.legalGateway("PLO-" + suffix, "north", "2026-12-17", "pre-proceedings");
        clock.set(at("2026-12-21T10:00"));
        journeys.letterBeforeProceedings("PLO-" + suffix, "north", "2026-12-21", "yes");
        clock.set(at("2027-01-08T10:00"));
        journeys.preProceedingsMeeting("PLO-" + suffix, "north", "2027-01-08");
        clock.set(at("2027-02-05T10:00"));
        journeys.preProceedingsReview("PLO-" + suffix, "north", "2027-02-05", "2027-01-29", "continue");
        clock.set(at("2027-03-05T10:00"));
        journeys.preProceedingsReview("PLO-" + suffix, "north", "2027-03-05", "2027-01-29", "issue");
        clock.set(at("2027-03-15T10:00"));
        journeys.issue("PLO-" + suffix, "north", "2027-03-12", "2027-03-15");

        // pre-proceedings still going on at 31 March: the review after it decides, too late for this census
        clock.set(at("2027-01-11T10:00"));
        journeys.referral("PLT-" + suffix, "north", "2027-01-11", "PLT" + suffix, child, "1A");
        journeys.decide("PLT-" + suffix, "north", "strategy-discussion");
        clock.set(at("2027-01-12T10:00"));
        journeys.enquiry("PLT-" + suffix, "north", "2027-01-11", "2027-01-12", "convene-icpc");
        clock.set(at("2027-01-18T10:00"));
        journeys.initialConference("PLT-" + suffix, "north", "2027-01-18", "child-protection-plan", "EMO");
        clock.set(at("2027-01-29T10:00"));
        journeys.review("PLT-" + suffix, "north", "2027-01-29", "legal-gateway", "EMO");
        clock.set(at("2027-02-01T10:00"));
        journeys.legalGateway("PLT-" + suffix, "north", "2027-02-01", "pre-proceedings");
        clock.set(at("2027-02-03T10:00"));
        journeys.letterBeforeProceedings("PLT-" + suffix, "north", "2027-02-03", "no");
        clock.set(at("2027-02-10T10:00"));
        journeys.preProceedingsMeeting("PLT-" + suffix, "north", "2027-02-10");
        clock.set(at("2027-03-10T10:00"));
        journeys.preProceedingsReview("PLT-" + suffix, "north", "2027-03-10", null, "continue");
        clock.set(at("2027-04-07T10:00"));
        journeys.preProceedingsReview("PLT-" + suffix, "north", "2027-04-07", null, "step-down");

        clock.set(at("2027-04-15T10:00"));
        ResponseEntity<String> answer = http.withBasicAuth("returns", "demo").getForEntity("/api/returns/cin-census?year=2027", String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/cin-census-2027.xml"), answer.getBody());
        census = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.getBody().getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theHeaderNamesTheCollectionYearAndTheAuthority() throws Exception {
        assertThat(text("/Message/Header/CollectionDetails/Collection")).isEqualTo("CIN");
        assertThat(text("/Message/Header/CollectionDetails/Year")).isEqualTo("2027");
        // rule 100: the reference date is 31 March of the year
        assertThat(text("/Message/Header/CollectionDetails/ReferenceDate")).isEqualTo("2027-03-31");
        assertThat(text("/Message/Header/Source/LEA")).isEqualTo("999");
        assertThat(text("/Message/Header/Source/SourceLevel")).isEqualTo("L");
    }

    @Test
    void eachChildIsIdentifiedAsTheCensusAsks() throws Exception {
        Node child = child("NFA" + suffix);
        assertThat(names(child)).containsExactly("ChildIdentifiers", "ChildCharacteristics", "CINdetails");
        assertThat(names(node(child, "ChildIdentifiers"))).containsExactly("LAchildID", "UPNunknown", "PersonBirthDate", "Sex");
        assertThat(text(child, "ChildIdentifiers/Sex")).isEqualTo("M");
        assertThat(text(child, "ChildCharacteristics/Disabilities/Disability")).isEqualTo("NONE");
        // rules 1570 and 1580: LAchildID of at most 20 letters and digits; 8510: each child once
        NodeList ids = (NodeList) xpath.evaluate("//LAchildID", census, XPathConstants.NODESET);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < ids.getLength(); i++) {
            assertThat(ids.item(i).getTextContent()).matches("[A-Za-z0-9]{1,20}");
            assertThat(seen).doesNotContain(ids.item(i).getTextContent());
            seen.add(ids.item(i).getTextContent());
        }
    }

    @Test
    void whatTheRecordDoesNotHoldIsWrittenInTheCensusOwnCodesForNotKnown() throws Exception {
        Node child = child("MIN" + suffix);
        // 4180, 4220 and 8866: sex not recorded, ethnicity not yet obtained, source unknown, rather than missing
        assertThat(text(child, "ChildIdentifiers/Sex")).isEqualTo("U");
        assertThat(text(child, "ChildCharacteristics/Ethnicity")).isEqualTo("NOBT");
        assertThat(text(child, "CINdetails/ReferralSource")).isEqualTo("10");
    }

    @Test
    void aReferralWithNoFurtherActionIsClosedTheDayItIsDecided() throws Exception {
        Node details = node(child("NFA" + suffix), "CINdetails");
        assertThat(names(details)).containsExactly("CINreferralDate", "ReferralSource", "CINclosureDate", "ReasonForClosure",
                "ReferralNFA");
        assertThat(text(details, "ReferralNFA")).isEqualTo("1");
        assertThat(text(details, "ReferralSource")).isEqualTo("6");
        assertThat(text(details, "CINclosureDate")).isEqualTo("2026-05-05");
        // 8825Q: RC8 and RC9 are for a case closed after an assessment
        assertThat(text(details, "ReasonForClosure")).isEqualTo("RC7");
    }

    @Test
    void anAssessmentThatClosesTheCaseCarriesItsFactorsAndNeed() throws Exception {
        Node details = node(child("ASS" + suffix), "CINdetails");
        assertThat(text(details, "ReferralNFA")).isEqualTo("0");
        assertThat(text(details, "PrimaryNeedCode")).isEqualTo("N9");
        assertThat(text(details, "Assessments/AssessmentActualStartDate")).isEqualTo("2026-06-02");
        assertThat(text(details, "Assessments/AssessmentAuthorisationDate")).isEqualTo("2026-06-20");
        assertThat(text(details, "Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors")).isEqualTo("21");
        // 8873Q: factor 21 on the only assessment, so the case closed after an assessment with no further action
        assertThat(text(details, "ReasonForClosure")).isEqualTo("RC8");
        assertThat(text(details, "CINclosureDate")).isEqualTo("2026-06-20");
        // 1103 and 8608: the assessment starts on or after the referral and is authorised on or after it starts
        assertThat(LocalDate.parse(text(details, "Assessments/AssessmentActualStartDate")))
                .isAfterOrEqualTo(LocalDate.parse(text(details, "CINreferralDate")))
                .isBeforeOrEqualTo(LocalDate.parse(text(details, "Assessments/AssessmentAuthorisationDate")));
    }

    @Test
    void anEnquiryWithoutAConferenceSaysNoneWasRequiredWithItsTarget() throws Exception {
        Node enquiry = node(node(child("S47" + suffix), "CINdetails"), "Section47");
        assertThat(names(enquiry)).containsExactly("S47ActualStartDate", "InitialCPCtarget", "ICPCnotRequired");
        assertThat(text(enquiry, "S47ActualStartDate")).isEqualTo("2026-07-03");
        // 15 working days from the strategy discussion on Thu 2 Jul 2026
        assertThat(text(enquiry, "InitialCPCtarget")).isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 7, 2), 15).toString());
        assertThat(text(enquiry, "ICPCnotRequired")).isEqualTo("1");
        // 2990: a case closed after an enquiry is not one closed after an assessment alone (RC8)
        assertThat(text(node(child("S47" + suffix), "CINdetails"), "ReasonForClosure")).isEqualTo("RC7");
    }

    @Test
    void anEnquiryMovedInWithoutItsReferralIsAnEpisodeOfItsOwn() throws Exception {
        Node details = node(child("ONLY" + suffix), "CINdetails");
        assertThat(text(details, "CINreferralDate")).isEqualTo("2026-08-03");
        assertThat(text(details, "ReferralSource")).isEqualTo("10");
        assertThat(text(details, "Section47/S47ActualStartDate")).isEqualTo("2026-08-03");
        assertThat(text(details, "Section47/ICPCnotRequired")).isEqualTo("1");
        assertThat(text(details, "CINclosureDate")).isEqualTo("2026-08-03");
    }

    @Test
    void aPlanStartsAtItsConferenceAndCarriesItsReviewsAndCategories() throws Exception {
        Node details = node(child("CPP" + suffix), "CINdetails");
        assertThat(names(details)).containsExactly("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate",
                "ReasonForClosure", "Assessments", "Section47", "ReferralNFA", "ChildProtectionPlans");
        NodeList factors = (NodeList) xpath.evaluate("Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors", details,
                XPathConstants.NODESET);
        assertThat(List.of(factors.item(0).getTextContent(), factors.item(1).getTextContent())).containsExactly("18C", "3B");
        Node plan = node(details, "ChildProtectionPlans");
        // 2885: the plan starts the day of the conference; 8875: which is not at a weekend
        assertThat(text(plan, "CPPstartDate")).isEqualTo(text(details, "Section47/DateOfInitialCPC")).isEqualTo("2026-09-18");
        assertThat(LocalDate.parse(text(plan, "CPPstartDate")).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        // 8615: the enquiry started before its conference
        assertThat(text(details, "Section47/S47ActualStartDate")).isEqualTo("2026-09-03");
        assertThat(text(details, "Section47/ICPCnotRequired")).isEqualTo("0");
        assertThat(text(plan, "InitialCategoryOfAbuse")).isEqualTo("PHY");
        assertThat(text(plan, "LatestCategoryOfAbuse")).isEqualTo("MUL");
        assertThat(text(plan, "NumberOfPreviousCPP")).isEqualTo("0");
        assertThat(text(plan, "CPPendDate")).isEqualTo("2027-03-10");
        // 8841: each review after the plan started
        NodeList reviews = (NodeList) xpath.evaluate("Reviews/CPPreviewDate", plan, XPathConstants.NODESET);
        assertThat(reviews.getLength()).isEqualTo(2);
        assertThat(reviews.item(0).getTextContent()).isEqualTo("2026-12-15");
        assertThat(reviews.item(1).getTextContent()).isEqualTo("2027-03-10");
        assertThat(text(details, "ReasonForClosure")).isEqualTo("RC7");
    }

    @Test
    void preProceedingsToProceedingsAreReturnedInTheModuleOf2026() throws Exception {
        Node details = node(child("PLO" + suffix), "CINdetails");
        // the module follows the plans (DfE's 2026 to 2027 structure); the plan goes on while proceedings run
        assertThat(names(details)).endsWith("ChildProtectionPlans", "PreProceedingsandFGDM");
        assertThat(text(details, "ChildProtectionPlans/CPPendDate")).isEmpty();
        Node module = node(details, "PreProceedingsandFGDM");
        assertThat(names(module)).containsExactly("PPStartDate", "LBPSentDate", "FGDMMeetingOffer", "FGDMMeetingFac",
                "InitialPPMeetingDate", "ReviewMeetingsCount", "StepDecisionDate", "PPOutcome", "CourtAppDate", "LetterInitCPDate");
        // 9005: the legal gateway that began pre-proceedings, in the year
        assertThat(text(module, "PPStartDate")).isEqualTo("2026-12-17");
        // 9006: the letter on or after it; 9007 and 9010Q: an offer said, and whether the meeting was held
        assertThat(text(module, "LBPSentDate")).isEqualTo("2026-12-21");
        assertThat(text(module, "FGDMMeetingOffer")).isEqualTo("1");
        assertThat(text(module, "FGDMMeetingFac")).isEqualTo("1");
        // 9008 and 9015Q: the first meeting, and the reviews after it counted
        assertThat(text(module, "InitialPPMeetingDate")).isEqualTo("2027-01-08");
        assertThat(text(module, "ReviewMeetingsCount")).isEqualTo("2");
        // 9009, 9011, 9012, 9013: the decision to issue, its code, the application on or after it, the letter after that
        assertThat(text(module, "StepDecisionDate")).isEqualTo("2027-03-05");
        assertThat(text(module, "PPOutcome")).isEqualTo("A");
        assertThat(text(module, "CourtAppDate")).isEqualTo("2027-03-12");
        assertThat(text(module, "LetterInitCPDate")).isEqualTo("2027-03-15");
    }

    @Test
    void preProceedingsGoingOnAt31MarchAreReturnedAsTheyStoodThen() throws Exception {
        Node module = node(node(child("PLT" + suffix), "CINdetails"), "PreProceedingsandFGDM");
        assertThat(names(module)).containsExactly("PPStartDate", "LBPSentDate", "FGDMMeetingOffer", "FGDMMeetingFac",
                "InitialPPMeetingDate", "ReviewMeetingsCount", "PPOutcome");
        assertThat(text(module, "FGDMMeetingOffer")).isEqualTo("0");
        assertThat(text(module, "FGDMMeetingFac")).isEqualTo("0");
        // the review of 7 April decided to step down: not yet known on 31 March
        assertThat(text(module, "ReviewMeetingsCount")).isEqualTo("1");
        // 9011: an outcome for every module; pre-proceedings still going on take careflow.returns.pre-proceedings-outcome.ongoing
        assertThat(text(module, "PPOutcome")).isEqualTo("C");
        // 8995Q: children without pre-proceedings have no module
        assertThat(xpath.evaluate("count(//Child[ChildIdentifiers/LAchildID='CPP" + suffix + "']//PreProceedingsandFGDM)", census))
                .isEqualTo("0");
    }

    @Test
    void childInNeedPlansAreReturnedWithTheirDatesAndTheReasonTheirReviewEndedThem() throws Exception {
        Journeys journeys = new Journeys(engine, http);
        Map<String, Object> child = Map.of("childDateOfBirth", "2013-06-07", "childSex", "F", "childEthnicity", "WBRI",
                "childDisabilities", "NONE", "childUpnUnknown", "UN2");
        // a plan from an assessment, ended by its review: special guardianship
        clock.set(at("2026-10-01T10:00"));
        journeys.referral("CIN-" + suffix, "north", "2026-10-01", "CIN" + suffix, child, "1A");
        journeys.decide("CIN-" + suffix, "north", "assessment");
        clock.set(at("2026-10-20T10:00"));
        journeys.assessment("CIN-" + suffix, "north", "2026-10-05", "3B", "child-in-need-plan", "N3");
        clock.set(at("2027-01-18T10:00"));
        journeys.childInNeedPlanReview("CIN-" + suffix, "north", "2027-01-15", "end-plan", "RC4");
        // a plan whose review asked for a strategy discussion: the protection plan that followed ends it
        clock.set(at("2026-11-02T10:00"));
        journeys.referral("CUP-" + suffix, "north", "2026-11-02", "CUP" + suffix, child, "1A");
        journeys.decide("CUP-" + suffix, "north", "assessment");
        clock.set(at("2026-11-16T10:00"));
        journeys.assessment("CUP-" + suffix, "north", "2026-11-04", "3B", "child-in-need-plan", "N1");
        clock.set(at("2027-01-05T10:00"));
        journeys.childInNeedPlanReview("CUP-" + suffix, "north", "2027-01-05", "strategy-discussion", null);
        journeys.enquiry("CUP-" + suffix, "north", "2027-01-05", "2027-01-06", "convene-icpc");
        // the conference held on the 20th, recorded on the 22nd
        clock.set(at("2027-01-22T10:00"));
        journeys.initialConference("CUP-" + suffix, "north", "2027-01-20", "child-protection-plan", "NEG");

        clock.set(at("2027-04-15T10:00"));
        ResponseEntity<String> answer = http.withBasicAuth("returns", "demo").getForEntity("/api/returns/cin-census?year=2027", String.class);
        Files.writeString(Path.of("target/cin-census-2027-plans.xml"), answer.getBody());
        Document year = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.getBody().getBytes(StandardCharsets.UTF_8)));
        Node ended = (Node) xpath.evaluate("//Child[ChildIdentifiers/LAchildID='CIN" + suffix + "']/CINdetails", year, XPathConstants.NODE);
        // the census' order: the plan's dates between the assessments and the enquiries
        assertThat(names(ended)).containsSubsequence("Assessments", "CINPlanDates", "ReferralNFA");
        assertThat(text(ended, "CINPlanDates/CINPlanStartDate")).isEqualTo("2026-10-20");
        // 4011 and 4013: ended on the day of the review that ended it, after it began, in the year
        assertThat(text(ended, "CINPlanDates/CINPlanEndDate")).isEqualTo("2027-01-15");
        assertThat(text(ended, "PrimaryNeedCode")).isEqualTo("N3");
        assertThat(text(ended, "ReasonForClosure")).isEqualTo("RC4");
        assertThat(text(ended, "CINclosureDate")).isEqualTo("2027-01-18");

        Node steppedUp = (Node) xpath.evaluate("//Child[ChildIdentifiers/LAchildID='CUP" + suffix + "']/CINdetails", year, XPathConstants.NODE);
        // 4001, 4016 and 4017: the child in need plan ends the day the protection plan starts, never alongside it
        assertThat(text(steppedUp, "CINPlanDates/CINPlanStartDate")).isEqualTo("2026-11-16");
        assertThat(text(steppedUp, "CINPlanDates/CINPlanEndDate")).isEqualTo("2027-01-20")
                .isEqualTo(text(steppedUp, "ChildProtectionPlans/CPPstartDate"));
        assertThat(text(steppedUp, "CINclosureDate")).isEmpty();

        // and DfE's feed carries the same plans, within its schema
        clock.set(at("2027-01-25T10:00"));
        com.fasterxml.jackson.databind.JsonNode feed = http.withBasicAuth("returns", "demo")
                .getForEntity("/api/returns/dfe-feed", com.fasterxml.jackson.databind.JsonNode.class).getBody();
        com.fasterxml.jackson.databind.JsonNode record = java.util.stream.StreamSupport.stream(feed.spliterator(), false)
                .filter(item -> item.path("la_child_id").asText().equals("CIN" + suffix)).findFirst().orElseThrow();
        com.fasterxml.jackson.databind.JsonNode plan = record.path("social_care_episodes").get(0).path("child_in_need_plans").get(0);
        assertThat(plan.path("start_date").asText()).isEqualTo("2026-10-20");
        assertThat(plan.path("end_date").asText()).isEqualTo("2027-01-15");
        assertThat(DfeSchema.problems(new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode().add(record))).isEmpty();
    }

    @Test
    void aPlanTheChildHadUnderAnotherCaseBeforeTheYearIsCountedAmongTheirPreviousPlans() throws Exception {
        Journeys journeys = new Journeys(engine, http);
        Map<String, Object> child = Map.of("childDateOfBirth", "2015-02-03", "childSex", "F", "childEthnicity", "WBRI",
                "childDisabilities", "NONE", "childUpnUnknown", "UN2");
        String childId = "TWICE" + suffix;
        clock.set(at("2026-01-05T10:00"));
        journeys.referral("OLD-" + suffix, "north", "2026-01-05", childId, child, "1A");
        journeys.decide("OLD-" + suffix, "north", "strategy-discussion");
        journeys.enquiry("OLD-" + suffix, "north", "2026-01-05", "2026-01-05", "convene-icpc");
        clock.set(at("2026-01-12T10:00"));
        journeys.assessment("OLD-" + suffix, "north", "2026-01-06", "3B", "strategy-discussion", "N1");
        clock.set(at("2026-01-16T10:00"));
        journeys.initialConference("OLD-" + suffix, "north", "2026-01-16", "child-protection-plan", "NEG");
        clock.set(at("2026-03-13T10:00"));
        journeys.review("OLD-" + suffix, "north", "2026-03-13", "end-plan-closure", "NEG");
        // referred again a year later, under a new case reference, as the same child
        clock.set(at("2027-01-04T10:00"));
        journeys.referral("NEW-" + suffix, "north", "2027-01-04", childId, child, "1A");
        journeys.decide("NEW-" + suffix, "north", "strategy-discussion");
        journeys.enquiry("NEW-" + suffix, "north", "2027-01-04", "2027-01-04", "convene-icpc");
        clock.set(at("2027-01-15T10:00"));
        journeys.initialConference("NEW-" + suffix, "north", "2027-01-15", "child-protection-plan", "EMO");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey("OLD-" + suffix)
                .unfinished().count()).as("the first case closed before the year").isZero();
        clock.set(at("2027-04-15T10:00"));
        String xml = http.withBasicAuth("returns", "demo").getForObject("/api/returns/cin-census?year=2027", String.class);
        Document year = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String plans = "//Child[ChildIdentifiers/LAchildID='" + childId + "']/CINdetails/ChildProtectionPlans";
        // only this year's episode is returned, its plan counting the one of the year before
        assertThat(xpath.evaluate("count(" + plans + ")", year)).isEqualTo("1");
        assertThat(xpath.evaluate(plans + "/CPPstartDate", year)).isEqualTo("2027-01-15");
        assertThat(xpath.evaluate(plans + "/NumberOfPreviousCPP", year)).isEqualTo("1");
    }

    @Test
    void preProceedingsAreReturnedFromTheCensusOf2027WhenTheyBeganInTheYear() throws Exception {
        Journeys journeys = new Journeys(engine, http);
        String ref = "EARLY-" + suffix;
        clock.set(at("2026-03-02T10:00"));
        ResponseEntity<String> started = http.withBasicAuth("sw.north", "demo").postForEntity(
                "/engine-rest/process-definition/key/careProceedings/start", Map.of("businessKey", ref, "variables", Map.of(
                        "team", Map.of("value", "north"), "legalGatewayRequestedAt", Map.of("value", "2026-03-02"))), String.class);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        journeys.legalGateway(ref, "north", "2026-03-02", "pre-proceedings");
        clock.set(at("2026-03-04T10:00"));
        journeys.letterBeforeProceedings(ref, "north", "2026-03-04", "yes");
        clock.set(at("2027-04-15T10:00"));
        for (String year : new String[] {"2026", "2027"}) {
            String xml = http.withBasicAuth("returns", "demo").getForObject("/api/returns/cin-census?year=" + year, String.class);
            Document other = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            String childId = "EARLY" + suffix;
            // the child is in both years, their case open; the module in neither: 2025 to 2026 has none, and 9005 wants it begun in the year
            assertThat(xpath.evaluate("count(//Child[ChildIdentifiers/LAchildID='" + childId + "'])", other)).as(year).isEqualTo("1");
            assertThat(xpath.evaluate("count(//Child[ChildIdentifiers/LAchildID='" + childId + "']//PreProceedingsandFGDM)", other))
                    .as(year).isEqualTo("0");
        }
    }

    @Test
    void eachPreProceedingsDateOutOfOrderIsRefusedAtItsStepAndTheTaskStaysOpen() {
        Journeys journeys = new Journeys(engine, http);
        String ref = "ORD-" + suffix;
        clock.set(at("2027-05-03T10:00"));
        ResponseEntity<String> started = http.withBasicAuth("sw.north", "demo").postForEntity(
                "/engine-rest/process-definition/key/careProceedings/start", Map.of("businessKey", ref, "variables", Map.of(
                        "team", Map.of("value", "north"), "legalGatewayRequestedAt", Map.of("value", "2027-05-03"))), String.class);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        clock.set(at("2027-05-10T10:00"));
        journeys.legalGateway(ref, "north", "2027-05-07", "pre-proceedings");
        assertRefused(journeys.attempt(ref, "Task_SendLetterBeforeProceedings", "sw.north", Map.of("letterSentOn", "2027-05-06",
                "letterRecipients", "Mother", "familyGroupMeetingOffered", "yes")), "letterSentOn");
        assertRefused(journeys.attempt(ref, "Task_SendLetterBeforeProceedings", "sw.north", Map.of("letterSentOn", "2027-05-07",
                "letterRecipients", "Mother", "familyGroupMeetingOffered", "perhaps")), "familyGroupMeetingOffered");
        assertRefused(journeys.attempt(ref, "Task_SendLetterBeforeProceedings", "sw.north", Map.of("letterSentOn", "2027-05-07",
                "letterRecipients", "Mother")), "familyGroupMeetingOffered");
        journeys.letterBeforeProceedings(ref, "north", "2027-05-07", "yes");
        assertRefused(journeys.attempt(ref, "Task_HoldPreProceedingsMeeting", "sw.north", Map.of("preProceedingsMeetingOn",
                "2027-05-06", "preProceedingsAttendees", "Parents", "preProceedingsPlan", "Plan")), "preProceedingsMeetingOn");
        journeys.preProceedingsMeeting(ref, "north", "2027-05-10");
        assertRefused(journeys.attempt(ref, "Task_ReviewPreProceedings", "sw.north", Map.of("preProceedingsReviewOn", "2027-05-09",
                "preProceedingsProgress", "P", "preProceedingsDecision", "issue")), "preProceedingsReviewOn");
        assertRefused(journeys.attempt(ref, "Task_ReviewPreProceedings", "sw.north", Map.of("preProceedingsReviewOn", "2027-05-10",
                "familyGroupMeetingOn", "2027-05-06", "preProceedingsProgress", "P", "preProceedingsDecision", "issue")),
                "familyGroupMeetingOn");
        assertRefused(journeys.attempt(ref, "Task_ReviewPreProceedings", "sw.north", Map.of("preProceedingsReviewOn", "2027-05-10",
                "familyGroupMeetingOn", "2027-05-11", "preProceedingsProgress", "P", "preProceedingsDecision", "issue")),
                "familyGroupMeetingOn");
        journeys.preProceedingsReview(ref, "north", "2027-05-10", "", "issue");
        assertRefused(journeys.attempt(ref, "Task_RecordIssue", "sw.north", Map.of("issuedOn", "2027-05-07",
                "courtCaseNumber", "ZW27C00002")), "issuedOn");
        assertRefused(journeys.attempt(ref, "Task_RecordIssue", "sw.north", Map.of("issuedOn", "2027-05-10",
                "courtCaseNumber", "ZW27C00002", "issueLetterSentOn", "2027-05-09")), "issueLetterSentOn");
        journeys.complete(ref, "Task_RecordIssue", "sw.north", Map.of("issuedOn", "2027-05-10", "courtCaseNumber", "ZW27C00002"));
    }

    private static void assertRefused(ResponseEntity<String> answer, String field) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains(field);
    }

    @Test
    void onlyTheReturnsLeadAndThoseWhoOverseeReadIt() {
        assertThat(http.getForEntity("/api/returns/cin-census?year=2027", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("sw.south", "demo").getForEntity("/api/returns/cin-census?year=2027", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String south = http.withBasicAuth("tm.south", "demo").getForEntity("/api/returns/cin-census?year=2027", String.class).getBody();
        assertThat(south).contains("CPP" + suffix).doesNotContain("NFA" + suffix);
        for (String year : new String[] {"27", "2029", "twenty"}) {
            ResponseEntity<String> refused = http.withBasicAuth("returns", "demo")
                    .getForEntity("/api/returns/cin-census?year=" + year, String.class);
            assertThat(refused.getStatusCode()).as(year).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).as(year).contains("\"field\":\"year\"");
        }
    }

    private Node child(String childId) throws Exception {
        Node child = (Node) xpath.evaluate("/Message/Children/Child[ChildIdentifiers/LAchildID='" + childId + "']", census,
                XPathConstants.NODE);
        assertThat(child).as(childId).isNotNull();
        return child;
    }

    private Node node(Node parent, String path) throws Exception {
        Node node = (Node) xpath.evaluate(path, parent, XPathConstants.NODE);
        assertThat(node).as(path).isNotNull();
        return node;
    }

    private String text(String path) throws Exception {
        return xpath.evaluate(path, census);
    }

    private String text(Node parent, String path) throws Exception {
        return xpath.evaluate(path, parent);
    }

    private static List<String> names(Node parent) {
        List<String> names = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                names.add(children.item(i).getNodeName());
            }
        }
        return names;
    }
}
