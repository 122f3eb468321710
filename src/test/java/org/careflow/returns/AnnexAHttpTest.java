package org.careflow.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
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

/**
 * Ofsted's Annex A from what practitioners entered: a north child referred, assessed, enquired into
 * and put on a plan, then referred again; a south child referred with no further action. Over HTTP,
 * as the returns lead, a head of service and a team manager read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class AnnexAHttpTest {

    static final String AS_OF = "?asOf=2027-01-29";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;

    EngineClock clock;
    String northChild;
    String southChild;

    @BeforeEach
    void aNorthChildsJourneyAndASouthReferral() {
        clock = new EngineClock(engine.getManagementService());
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        northChild = "N" + suffix;
        southChild = "S" + suffix;
        String north = "NORTH-" + suffix;
        String south = "SOUTH-" + suffix;
        Journeys journeys = new Journeys(engine, http);

        clock.set(at("2026-12-01T10:00"));
        journeys.referral(north, "north", "2026-12-01", northChild, Map.of("childName", "Ada North",
                "childDateOfBirth", "2015-03-27", "childSex", "F", "childEthnicity", "WBRI", "childDisabilities", "NONE",
                "childUpnUnknown", "UN2"), "2A");
        clock.set(at("2026-12-02T10:00"));
        journeys.decide(north, "north", "assessment");
        clock.set(at("2026-12-08T10:00"));
        journeys.assessment(north, "north", "2026-12-08", "3B 4B", "strategy-discussion", "N1");
        clock.set(at("2026-12-09T10:00"));
        journeys.enquiry(north, "north", "2026-12-09", "2026-12-10", "convene-icpc");
        clock.set(at("2027-01-05T10:00"));
        journeys.initialConference(north, "north", "2027-01-05", "child-protection-plan", "NEG");

        clock.set(at("2026-12-10T11:00"));
        journeys.referral(south, "south", "2026-12-10", southChild, Map.of("childName", "Ben South",
                "childExpectedDateOfBirth", "2027-04-01", "childSex", "U", "childEthnicity", "NOBT"), "6");
        journeys.decide(south, "south", "no-further-action");

        clock.set(at("2027-01-20T10:00"));
        journeys.referral(north, "north", "2027-01-20", northChild, Map.of(), "3A");
        journeys.decide(north, "north", "no-further-action");
        clock.set(at("2027-01-29T17:00"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void list3HasARowPerReferralWithTheCountOfTheChildsEarlierReferrals() {
        List<List<String>> rows = csv("returns", 3);

        assertThat(rows.get(0)).containsExactly("Child Unique ID", "Sex", "Ethnicity", "Date of Birth", "Age of Child (Years)",
                "Date of Referral", "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months",
                "Allocated Team", "Allocated Worker");
        List<List<String>> north = rowsOf(rows, northChild);
        assertThat(north).hasSize(2);
        assertThat(north.get(0)).startsWith(northChild, "b) Female", "a) WBRI", "27/03/2015", "11", "01/12/2026",
                "e) 2A: Schools", "b) No", "0", "North team");
        assertThat(north.get(1)).startsWith(northChild, "b) Female", "a) WBRI", "27/03/2015", "11", "20/01/2027",
                "g) 3A: Health services", "a) Yes", "1", "North team");
        // An unborn child: sex not recorded, age -1, as Ofsted asks
        assertThat(rowsOf(rows, southChild)).singleElement().satisfies(row -> assertThat(row)
                .startsWith(southChild, "c) Not stated/recorded", "t) NOBT", "", "-1", "10/12/2026", "q) 6: Police", "a) Yes"));
    }

    @Test
    void lists4And5And7FollowTheAssessmentTheEnquiryAndThePlan() {
        List<String> assessment = rowsOf(csv("returns", 4), northChild).get(0);
        assertThat(assessment).containsExactly(northChild, "b) Female", "a) WBRI", "27/03/2015", "11", "b) No", "02/12/2026",
                "a) Yes", "08/12/2026", "a) Yes", "North team", "");

        List<List<String>> enquiries = csv("returns", 5);
        assertThat(enquiries.get(0)).contains("Strategy discussion initiating Section 47 Enquiry Start Date",
                "Number of ICPCs in the last 12 months");
        assertThat(rowsOf(enquiries, northChild).get(0)).startsWith(northChild, "b) Female", "a) WBRI", "27/03/2015", "11",
                "b) No", "09/12/2026", "b) No", "05/01/2027", "a) Yes", "0", "0", "North team");

        List<List<String>> plans = csv("returns", 7);
        assertThat(plans.get(0)).contains("Initial Category of Abuse", "Latest Category of Abuse",
                "Number of Previous Child Protection Plans");
        assertThat(rowsOf(plans, northChild).get(0)).startsWith(northChild, "b) Female", "a) WBRI", "27/03/2015", "11",
                "b) No", "05/01/2027", "a) Neglect", "a) Neglect", "", "", "", "", "", "0", "North team");
    }

    @Test
    void list6HasEveryChildInNeedOnceAsTheirCaseStoodOnTheLastDay() {
        List<List<String>> rows = csv("returns", 6);
        assertThat(rows.get(0)).containsExactly("Child Unique ID", "Sex", "Ethnicity", "Date of Birth", "Age of Child (Years)",
                "Does the Child have a Disability", "CIN Start Date", "Primary Need Code", "Date Child Was Last Seen",
                "CIN Closure Date", "Reason for Closure", "Case Status", "Allocated Team", "Allocated Worker");
        // the referral of 20 January came while the child's episode was open: one child, one row, the plan open
        assertThat(rowsOf(rows, northChild)).singleElement().satisfies(row -> assertThat(row).startsWith(northChild,
                "b) Female", "a) WBRI", "27/03/2015", "11", "b) No", "01/12/2026", "N1", "08/12/2026", "", "",
                "Child protection plan", "North team"));
        // a referral with no further action was never a child in need
        assertThat(rowsOf(rows, southChild)).isEmpty();
    }

    @Test
    void theWorkbookHasASheetPerListWithOfstedsHeaders() throws Exception {
        ResponseEntity<byte[]> workbook = http.withBasicAuth("hos", "demo").getForEntity("/api/returns/annex-a" + AS_OF, byte[].class);
        assertThat(workbook.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(workbook.getHeaders().getContentType().toString()).startsWith(ReturnsController.XLSX.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.getBody()))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
                    book.getSheetName(4), book.getSheetName(5), book.getSheetName(6)))
                    .containsExactly("List 3", "List 4", "List 5", "List 6", "List 7", "List 8", "List 9");
            Sheet referrals = book.getSheet("List 3");
            assertThat(referrals.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Date of Referral");
            List<String> childIds = new ArrayList<>();
            for (Row row : referrals) {
                childIds.add(row.getCell(0).getStringCellValue());
            }
            assertThat(childIds).contains(northChild, southChild);
        }
    }

    @Test
    void aTeamManagerReadsTheirTeamsChildrenAndNobodyElseReadsAny() {
        assertThat(rowsOf(csv("tm.north", 3), southChild)).isEmpty();
        assertThat(rowsOf(csv("tm.north", 3), northChild)).hasSize(2);
        assertThat(rowsOf(csv("tm.south", 3), northChild)).isEmpty();
        assertThat(http.withBasicAuth("sw.north", "demo").getForEntity("/api/returns/annex-a/list-3.csv" + AS_OF, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("sw.north", "demo").getForEntity("/api/returns/annex-a" + AS_OF, byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/returns/annex-a" + AS_OF, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aBadDayOrListIsRefusedNamingIt() {
        for (String[] refused : new String[][] {{"/api/returns/annex-a/list-3.csv?asOf=29/01/2027", "asOf"},
                {"/api/returns/annex-a/list-3.csv?asOf=2027-12-01", "asOf"}, {"/api/returns/annex-a/list-10.csv", "list"},
                {"/api/returns/annex-a?asOf=2027-02-30", "asOf"}, {"/api/returns/annex-a/list-3.csv?team=nowhere", "team"}}) {
            ResponseEntity<JsonNode> answer = http.withBasicAuth("returns", "demo").getForEntity(refused[0], JsonNode.class);
            assertThat(answer.getStatusCode()).as(refused[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().path("field").asText()).as(refused[0]).isEqualTo(refused[1]);
        }
    }

    @Test
    void aCodeTheCensusWouldRefuseIsRefusedAtItsStep() {
        String reference = "REFUSED-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> refused = http.withBasicAuth("sw.north", "demo").postForEntity(
                "/engine-rest/process-definition/key/referral/start", Map.of("businessKey", reference, "variables", Map.of(
                        "team", Map.of("value", "north"), "referralReceivedAt", Map.of("value", "2027-01-28"),
                        "referralSource", Map.of("value", "police"))), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("referralSource");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                .as("nothing left behind").isZero();
        for (Object[] child : new Object[][] {{"childSex", "1"}, {"childEthnicity", "WHITE"}, {"childDisabilities", "NONE HAND"},
                {"childId", "CHILD-1"}, {"childUpn", "123"}, {"childDateOfBirth", "2028-01-01"},
                // rule 8772: "referral with no further action" is not known when the referral is made
                {"childUpnUnknown", "UN7"}}) {
            ResponseEntity<String> answer = http.withBasicAuth("sw.north", "demo").postForEntity(
                    "/engine-rest/process-definition/key/referral/start", Map.of("businessKey", reference, "variables", Map.of(
                            "team", Map.of("value", "north"), "referralReceivedAt", Map.of("value", "2027-01-28"),
                            (String) child[0], Map.of("value", child[1]))), String.class);
            assertThat(answer.getStatusCode()).as(Arrays.toString(child)).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(Arrays.toString(child)).contains((String) child[0]);
        }
    }

    @Test
    void eachItemTheCensusWouldRejectIsRefusedAtItsStepAndTheTaskStaysOpen() {
        Journeys journeys = new Journeys(engine, http);
        String reference = "ITEMS-" + UUID.randomUUID().toString().substring(0, 8);
        clock.set(at("2027-01-04T10:00"));
        journeys.referral(reference, "north", "2027-01-04", null, Map.of("childSex", "M", "childEthnicity", "WBRI",
                "childDisabilities", "NONE", "childDateOfBirth", "2019-06-01"), "1A");
        journeys.decide(reference, "north", "assessment");
        journeys.complete(reference, "Task_SeeChild", "sw.north", Map.of("childSeenOn", "2027-01-04", "seenAlone", "yes",
                "childViews", "Views"));
        Map<String, Object> assessment = new java.util.HashMap<>(Map.of("worries", "W", "workingWell", "G",
                "needsToHappen", "S", "safetyScale", 4, "analysis", "A", "recommendation", "strategy-discussion"));
        for (String factors : new String[] {"21 3B", "3B 3B", "99Z", "18A"}) {
            assessment.put("assessmentFactors", factors);
            ResponseEntity<String> refused = journeys.attempt(reference, "Task_CompleteAssessment", "sw.north", assessment);
            assertThat(refused.getStatusCode()).as(factors).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).as(factors).contains("assessmentFactors");
        }
        assessment.put("assessmentFactors", "3B");
        journeys.complete(reference, "Task_CompleteAssessment", "sw.north", assessment);
        ResponseEntity<String> need = journeys.attempt(reference, "Task_AuthoriseAssessment", "tm.north", Map.of(
                "assessmentAuthorised", "yes", "primaryNeedCode", "N99", "authorisationComments", "Agreed"));
        assertThat(need.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(need.getBody()).contains("primaryNeedCode");
        assertThat(journeys.attempt(reference, "Task_AuthoriseAssessment", "tm.north", Map.of(
                "assessmentAuthorised", "yes", "authorisationComments", "Agreed")).getBody())
                .as("asked once the assessment is authorised").contains("primaryNeedCode");
        journeys.complete(reference, "Task_AuthoriseAssessment", "tm.north", Map.of("assessmentAuthorised", "yes",
                "primaryNeedCode", "N1", "authorisationComments", "Agreed"));

        journeys.complete(reference, "Task_HoldStrategyDiscussion", "sw.north", Map.of("strategyDiscussionOn", "2027-01-04",
                "strategyDiscussionNotes", "Agreed", "section47Decision", "start-enquiry"));
        ResponseEntity<String> early = journeys.attempt(reference, "Task_CompleteSection47Enquiry", "sw.north", Map.of(
                "enquiryFindings", "F", "childViews", "V", "enquiryOutcome", "convene-icpc", "section47StartedOn", "2027-01-01"));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(early.getBody()).contains("section47StartedOn").contains("strategyDiscussionOn");
        journeys.complete(reference, "Task_CompleteSection47Enquiry", "sw.north", Map.of("enquiryFindings", "F",
                "childViews", "V", "enquiryOutcome", "convene-icpc", "section47StartedOn", "2027-01-04"));
        ResponseEntity<String> category = journeys.attempt(reference, "Task_HoldInitialConference", "sw.north", Map.of(
                "initialConferenceOn", "2027-01-04", "conferenceChair", "Chair", "conferenceOutcome", "child-protection-plan",
                "categoryOfAbuse", "neglect", "conferenceDecisions", "D"));
        assertThat(category.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(category.getBody()).contains("categoryOfAbuse");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_HoldInitialConference").count()).as("the refused step stays open").isEqualTo(1);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("childId")
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(reference).processDefinitionKey("referral").singleResult().getId())
                .singleResult().getValue()).as("derived from the case reference").isEqualTo(reference.replace("-", ""));
    }

    @Test
    void anUnbornChildStaysOfUnknownSexWhenReferredAgain() {
        Journeys journeys = new Journeys(engine, http);
        String reference = "UNBORN-" + UUID.randomUUID().toString().substring(0, 8);
        clock.set(at("2027-01-04T10:00"));
        journeys.referral(reference, "north", "2027-01-04", null, Map.of("childExpectedDateOfBirth", "2027-05-01",
                "childSex", "U", "childEthnicity", "WBRI"), "3B");
        journeys.decide(reference, "north", "no-further-action");
        ResponseEntity<String> again = http.withBasicAuth("sw.north", "demo").postForEntity(
                "/engine-rest/process-definition/key/referral/start", Map.of("businessKey", reference, "variables", Map.of(
                        "team", Map.of("value", "north"), "referralReceivedAt", Map.of("value", "2027-01-04T09:30:00Z"),
                        "childSex", Map.of("value", "F"))), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody()).contains("childSex").contains("unborn");
    }

    private List<List<String>> csv(String user, int list) {
        ResponseEntity<String> answer = http.withBasicAuth(user, "demo")
                .getForEntity("/api/returns/annex-a/list-" + list + ".csv" + AS_OF, String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        List<List<String>> rows = new ArrayList<>();
        for (String line : answer.getBody().split("\r\n")) {
            rows.add(parse(line));
        }
        return rows;
    }

    /** A CSV line's fields; the lines here quote only fields with commas. */
    private static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static List<List<String>> rowsOf(List<List<String>> rows, String childId) {
        return rows.stream().filter(row -> row.get(0).equals(childId)).toList();
    }
}
