package org.careflow.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.support.London.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.careflow.support.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The SSDA903 return of April 2026 to March 2027 from looked-after children's journeys entered over
 * REST as practitioners and IROs enter them: an interim care order in care proceedings, a change of
 * placement, a change of legal status, reviews, a child who left care. The tables are left in
 * target/ssda903-2027/ for data-to-insight's csc-validator-be-903 (docs/returns.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Ssda903HttpTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;

    EngineClock clock;
    String suffix;
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();

    @BeforeEach
    void aYearOfLookedAfterChildren() throws Exception {
        clock = new EngineClock(engine.getManagementService());
        suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        Journeys journeys = new Journeys(engine, http);

        // the north team's social worker has a Social Work England number, the south's has none recorded
        engine.getIdentityService().setUserInfo("sw.north", "sweNumber", "SW123456");

        // care proceedings issued; the court makes an interim care order a week later
        clock.set(at("2026-06-08T10:00"));
        start("careProceedings", "ICO-" + suffix, Map.of("team", "north", "issuedOn", "2026-06-08", "childId", "ICO" + suffix,
                "childDateOfBirth", "2019-02-11", "childSex", "F", "childEthnicity", "WBRI", "childUpnUnknown", "UN2"));
        clock.set(at("2026-06-15T10:00"));
        journeys.complete("ICO-" + suffix, "Task_RecordInterimCareOrder", "sw.north", Map.of("interimCareOrderOn", "2026-06-15",
                "categoryOfNeed", "N1", "placementType", "U6", "placementProvider", "PR1", "placementPostcode", "LS1 4AP",
                "placementLongTerm", "no", "homePostcode", "ls11 5pq"));
        // the social worker takes the care plan on in Tasklist, the IRO the first review
        claim("ICO-" + suffix, "Task_CompleteCarePlan", "sw.north");
        claim("ICO-" + suffix, "Task_HoldLookedAfterReview", "iro");
        clock.set(at("2026-07-10T10:00"));
        journeys.complete("ICO-" + suffix, "Task_HoldLookedAfterReview", "iro", review("2026-07-10", "PN1"));
        clock.set(at("2026-09-01T10:00"));
        journeys.complete("ICO-" + suffix, "Task_RecordCareChange", "sw.north", Map.of("careChangedOn", "2026-09-01",
                "careChange", "placement", "newPlacementType", "U4", "newPlacementProvider", "PR4", "newPlacementPostcode", "LS6 2AB",
                "newPlacementLongTerm", "yes", "reasonPlacementChanged", "CARPL"));
        clock.set(at("2026-10-08T10:00"));
        journeys.complete("ICO-" + suffix, "Task_HoldLookedAfterReview", "iro", review("2026-10-08", "PN1"));
        // missing for two days in November; away from the placement since 1 February, not back by 31 March
        clock.set(at("2026-11-10T10:00"));
        journeys.complete("ICO-" + suffix, "Task_RecordMissing", "sw.north", Map.of("missingFrom", "2026-11-09", "missing", "M",
                "missingNotes", "Police told"));
        clock.set(at("2026-11-12T10:00"));
        journeys.complete("ICO-" + suffix, "Task_RecordReturn", "sw.north", Map.of("returnedOn", "2026-11-11",
                "returnInterviewOffered", "yes", "returnInterviewAccepted", "no", "childViews", "Was with a friend"));
        clock.set(at("2027-01-20T10:00"));
        journeys.complete("ICO-" + suffix, "Task_RecordCareChange", "sw.north", Map.of("careChangedOn", "2027-01-20",
                "careChange", "legal-status", "newLegalStatus", "C2"));
        clock.set(at("2027-02-01T10:00"));
        journeys.complete("ICO-" + suffix, "Task_RecordMissing", "sw.north", Map.of("missingFrom", "2027-02-01", "missing", "A",
                "missingNotes", "Staying at her aunt's without permission"));
        clock.set(at("2027-02-04T10:00"));
        journeys.complete("ICO-" + suffix, "Task_RecordReturn", "sw.north", Map.of("returnedOn", "2027-02-03",
                "returnInterviewOffered", "no", "childViews", "Wanted to see her cousins"));

        // accommodated under section 20, then home as the plan intended
        clock.set(at("2026-11-02T10:00"));
        start("lookedAfter", "S20-" + suffix, Map.ofEntries(Map.entry("team", "south"), Map.entry("childId", "S20" + suffix),
                Map.entry("childDateOfBirth", "2011-08-30"), Map.entry("childSex", "M"), Map.entry("childEthnicity", "BAFR"),
                Map.entry("childUpn", upn()), Map.entry("lookedAfterOn", "2026-11-02"), Map.entry("legalStatus", "V2"),
                Map.entry("categoryOfNeed", "N4"), Map.entry("placementType", "U6"), Map.entry("placementProvider", "PR2"),
                Map.entry("placementPostcode", "BD1 1AA"), Map.entry("homePostcode", "LS9 8AB")));
        claim("S20-" + suffix, "Task_VisitChild", "sw.south");
        clock.set(at("2026-11-30T10:00"));
        journeys.complete("S20-" + suffix, "Task_HoldLookedAfterReview", "iro", review("2026-11-27", "PN5"));
        clock.set(at("2027-02-12T10:00"));
        journeys.complete("S20-" + suffix, "Task_RecordEndOfCare", "sw.south", Map.of("careEndedOn", "2027-02-12",
                "careEndedReason", "E4A", "careLeaverEligible", "no", "careEndedNotes", "Home"));

        // looked after for a month at 16, then living independently with support; her personal adviser in
        // touch ten days before her 17th birthday
        clock.set(at("2026-04-10T10:00"));
        start("lookedAfter", "OC3-" + suffix, Map.ofEntries(Map.entry("team", "north"), Map.entry("childId", "OC3" + suffix),
                Map.entry("childDateOfBirth", "2009-06-20"), Map.entry("childSex", "F"), Map.entry("childEthnicity", "WBRI"),
                Map.entry("childUpn", upn()), Map.entry("lookedAfterOn", "2026-04-10"), Map.entry("legalStatus", "V2"),
                Map.entry("categoryOfNeed", "N5"), Map.entry("placementType", "U6"), Map.entry("placementProvider", "PR1"),
                Map.entry("placementPostcode", "LS2 7AA"), Map.entry("homePostcode", "LS9 8AB")));
        claim("OC3-" + suffix, "Task_VisitChild", "sw.north");
        clock.set(at("2026-05-05T10:00"));
        journeys.complete("OC3-" + suffix, "Task_HoldLookedAfterReview", "iro", review("2026-05-05", "PN1"));
        journeys.complete("OC3-" + suffix, "Task_RecordEndOfCare", "sw.north", Map.of("careEndedOn", "2026-05-05",
                "careEndedReason", "E5", "careLeaverEligible", "yes", "careEndedNotes", "Own flat with support"));
        clock.set(at("2026-06-10T10:00"));
        journeys.complete("OC3-" + suffix, "Task_KeepInTouch", "adviser", Map.of("contactOn", "2026-06-10",
                "youngPersonViews", "Likes college", "leaverAccommodation", "D", "leaverAccommodationSuitable", "yes",
                "leaverActivity", "F2"));

        clock.set(at("2027-04-15T10:00"));
        Path out = Path.of("target/ssda903-2027");
        Files.createDirectories(out);
        for (String table : Ssda903.TABLES.keySet()) {
            ResponseEntity<String> answer = http.withBasicAuth("returns", "demo")
                    .getForEntity("/api/returns/ssda903/" + table + ".csv?year=2027", String.class);
            assertThat(answer.getStatusCode()).as(table + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
            Files.writeString(out.resolve(table + ".csv"), answer.getBody());
            tables.put(table, Arrays.stream(answer.getBody().split("\r\n")).map(line -> Arrays.asList(line.split(",", -1))).toList());
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachTableHasThe903sColumns() {
        assertThat(tables.get("header").get(0)).containsExactly("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
        assertThat(tables.get("episodes").get(0)).containsExactly("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER",
                "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");
        assertThat(tables.get("reviews").get(0)).containsExactly("CHILD", "DOB", "REVIEW", "REVIEW_CODE");
        // a girl's MOTHER from her latest review: 0, not a mother
        assertThat(rows("header", "ICO" + suffix)).singleElement().isEqualTo(List.of("ICO" + suffix, "F", "11/02/2019", "WBRI", "UN2", "0", ""));
    }

    @Test
    void anEpisodeRunsFromEachChangeToTheNextTheLastOpenAt31March() {
        List<List<String>> episodes = rows("episodes", "ICO" + suffix);
        assertThat(episodes).hasSize(3);
        // a new period of care from the interim care order; each episode ends the day the next begins (X1)
        // (225: why the placement changed, on the episode the change ends)
        assertThat(episodes.get(0)).containsExactly("ICO" + suffix, "15/06/2026", "S", "C1", "N1", "U6", "PR1", "01/09/2026", "X1",
                "CARPL", "LS11 5PQ", "LS1 4AP", "XXXXXXX");
        assertThat(episodes.get(1)).containsExactly("ICO" + suffix, "01/09/2026", "P", "C1", "N1", "U4", "PR4", "20/01/2027", "X1",
                "", "LS11 5PQ", "LS6 2AB", "XXXXXXX");
        assertThat(episodes.get(2)).containsExactly("ICO" + suffix, "20/01/2027", "L", "C2", "N1", "U4", "PR4", "", "", "", "LS11 5PQ",
                "LS6 2AB", "XXXXXXX");
        // a period of care that ended in the year, with its reason
        assertThat(rows("episodes", "S20" + suffix)).singleElement().satisfies(episode -> assertThat(episode)
                .startsWith("S20" + suffix, "02/11/2026", "S", "V2", "N4", "U6", "PR2", "12/02/2027", "E4A"));
    }

    @Test
    void eachTimeAChildWentMissingOrAwayTheOneStillAwayOn31MarchWithoutAnEnd() {
        assertThat(tables.get("missing").get(0)).containsExactly("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END");
        assertThat(rows("missing", "ICO" + suffix)).containsExactly(List.of("ICO" + suffix, "11/02/2019", "M", "09/11/2026", "11/11/2026"),
                List.of("ICO" + suffix, "11/02/2019", "A", "01/02/2027", "03/02/2027"));
        assertThat(rows("missing", "S20" + suffix)).isEmpty();
    }

    /**
     * Last, so that the year in target/ was written before it: data-to-insight's validator flags a child
     * still missing on 31 March (rules 575, 577) only because its rule 365 writes 31 March into every open
     * episode's end for the rules after it (docs/returns.md).
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aChildStillMissingOn31MarchHasNoEndAndADateOutOfTurnIsRefused() {
        Journeys journeys = new Journeys(engine, http);
        clock.set(at("2027-03-20T10:00"));
        // a time missing cannot begin before the child came back the last time, nor before care began; the task stays open
        for (String[] bad : new String[][] {{"2027-02-02", "came back the last time"}, {"2026-06-01", "became looked after"}}) {
            ResponseEntity<String> refused = journeys.attempt("ICO-" + suffix, "Task_RecordMissing", "sw.north",
                    Map.of("missingFrom", bad[0], "missing", "M", "missingNotes", "Police told"));
            assertThat(refused.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("missingFrom").contains(bad[1]);
        }
        journeys.complete("ICO-" + suffix, "Task_RecordMissing", "sw.north", Map.of("missingFrom", "2027-03-19", "missing", "M",
                "missingNotes", "Police told"));
        ResponseEntity<String> refused = journeys.attempt("ICO-" + suffix, "Task_RecordReturn", "sw.north", Map.of("returnedOn",
                "2027-03-18", "returnInterviewOffered", "yes", "returnInterviewAccepted", "no", "childViews", "-"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("returnedOn");
        clock.set(at("2027-04-15T10:00"));
        String csv = http.withBasicAuth("returns", "demo").getForObject("/api/returns/ssda903/missing.csv?year=2027", String.class);
        assertThat(csv).contains("ICO" + suffix + ",11/02/2019,M,19/03/2027,\r\n");
    }

    @Test
    void eachChildsSocialWorkersWhileLookedAfterTheLatestOpen() {
        assertThat(tables.get("sw_episodes").get(0)).containsExactly("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON");
        // the social worker of the proceedings, from the day the child became looked after, by their SWE number
        assertThat(rows("sw_episodes", "ICO" + suffix)).containsExactly(
                List.of("ICO" + suffix, "11/02/2019", "SW123456", "15/06/2026", "", "FCONTA"));
        // without a number, XX and an id made from the user's: never the user id itself
        assertThat(rows("sw_episodes", "S20" + suffix)).singleElement().satisfies(row -> {
            assertThat(row.get(2)).startsWith("XX").doesNotContain("sw.south");
            assertThat(row.subList(3, 6)).containsExactly("02/11/2026", "", "FCONTA");
        });
    }

    @Test
    void aCareLeaverAroundTheir17thBirthdayAsTheirPersonalAdviserFoundThem() {
        assertThat(tables.get("oc3").get(0)).containsExactly("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM");
        // in touch on 10 June, ten days before her 17th birthday: semi-independent and suitable, in education
        assertThat(rows("oc3", "OC3" + suffix)).containsExactly(List.of("OC3" + suffix, "20/06/2009", "YES", "F2", "D1"));
        // no care leaver data for children still looked after (903 rule 187)
        assertThat(rows("oc3", "ICO" + suffix)).isEmpty();
        // looked after in the year too, so her header has MOTHER from her review (903 rule 607)
        assertThat(rows("header", "OC3" + suffix)).singleElement().satisfies(row -> assertThat(row.subList(1, 6))
                .containsExactly("F", "20/06/2009", "WBRI", row.get(4), "0"));
    }

    @Test
    void eachReviewHeldInTheYearWithHowTheChildTookPart() {
        assertThat(rows("reviews", "ICO" + suffix)).containsExactly(List.of("ICO" + suffix, "11/02/2019", "10/07/2026", "PN1"),
                List.of("ICO" + suffix, "11/02/2019", "08/10/2026", "PN1"));
        assertThat(rows("reviews", "S20" + suffix)).containsExactly(List.of("S20" + suffix, "30/08/2011", "27/11/2026", "PN5"));
    }

    @Test
    void annexAList8HasEachChildInCareAtTheirLatestPeriodAsItStoodOnTheLastDay() {
        String csv = http.withBasicAuth("returns", "demo").getForObject("/api/returns/annex-a/list-8.csv?asOf=2027-01-29", String.class);
        List<List<String>> rows = Arrays.stream(csv.split("\r\n")).map(line -> Arrays.asList(line.split(",", -1))).toList();
        assertThat(rows.get(0)).startsWith("Child Unique ID", "Sex", "Ethnicity", "Date of Birth", "Age of Child (Years)",
                "Does the Child have a Disability", "Date Started to be Looked After", "Child's Category of Need")
                .endsWith("Allocated Team", "Allocated Worker").hasSize(33);
        List<String> child = rows.stream().filter(row -> row.get(0).equals("ICO" + suffix)).findFirst().orElseThrow();
        // looked after from the order; legal status C2 since 20 January; two placements in the year; reviewed in October
        assertThat(child.subList(6, 27)).containsExactly("15/06/2026", "N1", "b) No", "20/01/2027", "C2", "08/10/2026", "", "", "",
                "", "", "2", "", "", "01/09/2026", "U4", "PR4", "LS6 2AB", "", "", "");
        // missing once in the twelve months, offered a return home interview after it, which she did not take up
        assertThat(child.subList(27, 31)).containsExactly("1", "0", "Y", "N");
        assertThat(child.get(31)).isEqualTo("North team");
        // still looked after on 29 January; ceased, with the 903's reason, by 31 March
        List<String> home = rows.stream().filter(row -> row.get(0).equals("S20" + suffix)).findFirst().orElseThrow();
        assertThat(home.subList(18, 21)).containsExactly("", "", "02/11/2026");
        String march = http.withBasicAuth("returns", "demo").getForObject("/api/returns/annex-a/list-8.csv?asOf=2027-03-31", String.class);
        assertThat(Arrays.stream(march.split("\r\n")).filter(line -> line.startsWith("S20" + suffix)).findFirst().orElseThrow())
                .contains(",12/02/2027,E4A,02/11/2026,");
    }

    @Test
    void annexAList9HasEachCareLeaverAsTheirLastContactFoundThem() {
        Journeys journeys = new Journeys(engine, http);
        clock.set(at("2026-05-01T10:00"));
        start("lookedAfter", "LEV-" + suffix, Map.ofEntries(Map.entry("team", "north"), Map.entry("childId", "LEV" + suffix),
                Map.entry("childDateOfBirth", "2008-09-10"), Map.entry("childSex", "M"), Map.entry("childEthnicity", "WBRI"), Map.entry("childUpn", upn()),
                Map.entry("lookedAfterOn", "2026-05-01"), Map.entry("legalStatus", "V2"), Map.entry("categoryOfNeed", "N5"),
                Map.entry("placementType", "K3"), Map.entry("placementProvider", "PR4"), Map.entry("placementPostcode", "LS2 7AA"),
                Map.entry("homePostcode", "LS9 8AB")));
        claim("LEV-" + suffix, "Task_CompleteCarePlan", "sw.north");
        clock.set(at("2026-09-10T10:00"));
        journeys.complete("LEV-" + suffix, "Task_RecordEndOfCare", "sw.north", Map.of("careEndedOn", "2026-09-10",
                "careEndedReason", "E5", "careLeaverEligible", "yes", "careEndedNotes", "Own flat with support"));
        clock.set(at("2026-10-15T10:00"));
        journeys.complete("LEV-" + suffix, "Task_KeepInTouch", "adviser", Map.of("contactOn", "2026-10-15",
                "youngPersonViews", "Likes college", "leaverAccommodation", "U", "leaverAccommodationSuitable", "yes",
                "leaverActivity", "F2"));
        clock.set(at("2027-04-15T10:00"));

        String csv = http.withBasicAuth("returns", "demo").getForObject("/api/returns/annex-a/list-9.csv?asOf=2027-01-29", String.class);
        List<List<String>> rows = Arrays.stream(csv.split("\r\n")).map(line -> Arrays.asList(line.split(",", -1))).toList();
        assertThat(rows.get(0)).containsExactly("Child Unique ID", "Sex", "Ethnicity", "Date of Birth", "Age of Child (Years)",
                "Does the Child have a Disability", "Allocated Team", "Allocated Worker", "Eligibility Category", "LA in Touch",
                "Type of Accommodation", "Suitability of Accommodation", "Activity Status");
        List<String> leaver = rows.stream().filter(row -> row.get(0).equals("LEV" + suffix)).findFirst().orElseThrow();
        assertThat(leaver.subList(6, 13)).containsExactly("North team", "", "", "a) Yes", "Independent living",
                "a) Suitable", "Full-time education other than higher education");
    }

    @Test
    void onlyThoseWhoReadTheReturnsReadItAndABadTableOrYearIsRefusedNamingIt() {
        assertThat(http.getForEntity("/api/returns/ssda903/header.csv?year=2027", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("sw.north", "demo").getForEntity("/api/returns/ssda903/header.csv?year=2027", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String south = http.withBasicAuth("tm.south", "demo").getForEntity("/api/returns/ssda903/episodes.csv?year=2027", String.class)
                .getBody();
        assertThat(south).contains("S20" + suffix).doesNotContain("ICO" + suffix);
        // a start the 903 would refuse is refused over REST too, naming the variable, and nothing starts
        for (String[] bad : new String[][] {{"legalStatus", "ZZ"}, {"placementType", "P2"}, {"placementPostcode", "not a postcode"}}) {
            Map<String, Object> variables = new LinkedHashMap<>(Map.of("lookedAfterOn", Map.of("value", "2027-04-01"),
                    "team", Map.of("value", "north"), "legalStatus", Map.of("value", "V2"), "categoryOfNeed", Map.of("value", "N1"),
                    "placementType", Map.of("value", "U6"), "placementProvider", Map.of("value", "PR1")));
            variables.put(bad[0], Map.of("value", bad[1]));
            ResponseEntity<String> answer = http.withBasicAuth("sw.north", "demo").postForEntity(
                    "/engine-rest/process-definition/key/lookedAfter/start", Map.of("businessKey", "BAD-" + suffix, "variables", variables),
                    String.class);
            assertThat(answer.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(bad[0]).contains(bad[0]);
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("BAD-" + suffix).count()).isZero();
        for (String[] refused : new String[][] {{"/api/returns/ssda903/ad1.csv?year=2027", "table"},
                {"/api/returns/ssda903/header.csv?year=27", "year"}, {"/api/returns/ssda903/header.csv?year=2030", "year"}}) {
            ResponseEntity<String> answer = http.withBasicAuth("returns", "demo").getForEntity(refused[0], String.class);
            assertThat(answer.getStatusCode()).as(refused[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(refused[0]).contains("\"field\":\"" + refused[1] + "\"");
        }
    }

    /** The task of the case claimed over REST, as Tasklist claims it. */
    private void claim(String caseReference, String taskKey, String user) {
        String id = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference).taskDefinitionKey(taskKey)
                .singleResult().getId();
        ResponseEntity<String> claimed = http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + id + "/claim",
                Map.of("userId", user), String.class);
        assertThat(claimed.getStatusCode()).as(taskKey + ": " + claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private List<List<String>> rows(String table, String child) {
        return tables.get(table).stream().filter(row -> row.get(0).equals(child)).toList();
    }

    private void start(String process, String caseReference, Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        ResponseEntity<String> started = http.withBasicAuth("sw." + variables.get("team"), "demo").postForEntity(
                "/engine-rest/process-definition/key/" + process + "/start", Map.of("businessKey", caseReference, "variables", typed),
                String.class);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    }

    private static Map<String, Object> review(String heldOn, String participation) {
        return Map.of("lacReviewOn", heldOn, "childConsulted", "yes", "reviewParticipation", participation, "childIsAMother", "no",
                "childViews", "Likes her carers", "reviewDecisions", "Plan continues");
    }

    /** A UPN of the census' form, a child's own: a letter, 11 digits and a digit. */
    private static String upn() {
        return "A" + String.format("%011d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000_000L) + "0";
    }
}
