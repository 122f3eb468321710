package org.careflow.returns;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.cases.CaseProcesses;
import org.careflow.children.ChildRecord;
import org.careflow.organisation.AsSystem;
import org.careflow.organisation.Organisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the children's record for a return: the episodes (the engine's history of the case processes
 * the returns count) that began by the return's last day and were open at any time since a day given,
 * the children they are for, and their steps on the ledger. Called once the reader's teams are
 * checked, so the engine's history is read as the system, without a grant per case.
 */
@Component
class ChildrensRecords {

    /** The processes the returns count: every process of a case (shared/contract.md). */
    static final List<String> EPISODE_PROCESSES = CaseProcesses.KEYS;
    /** Tasks the returns count that are not statutory steps on the ledger: each pre-proceedings review meeting. */
    static final List<String> TASKS_COUNTED = List.of("Task_ReviewPreProceedings");
    /** The variables the returns read: nothing else of a case is fetched. */
    static final String[] ITEMS = {"childId", "team", "allocatedWorker", "referralReceivedAt", "referralSource", "decision",
        "referralDecidedAt", "assessmentStartedOn", "assessmentAuthorisedAt", "assessmentAuthorised", "assessmentFactors",
        "primaryNeedCode", "recommendation", "strategyDiscussionOn", "section47Decision", "section47StartedOn",
        "enquiryOutcome", "initialConferenceOn", "conferenceOutcome", "initialCategoryOfAbuse", "categoryOfAbuse",
        "seenAlone", "reviewDecision", "legalGatewayOn", "legalGatewayDecision", "letterSentOn", "familyGroupMeetingOffered",
        "preProceedingsMeetingOn", "familyGroupMeetingOn", "preProceedingsReviewOn", "preProceedingsDecision", "issuedOn",
        "issueLetterSentOn", "cinPlanStartedOn", "cinPlanReviewOn", "cinPlanReviewDecision", "cinClosureReason", "reviewHeldOn",
        "lookedAfterOn", "leftCareOn", "leaverAccommodation", "leaverAccommodationSuitable", "leaverActivity"};
    private static final int BATCH = 500;

    private final HistoryService history;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    ChildrensRecords(HistoryService history, IdentityService identity, JdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.history = history;
        this.identity = identity;
        this.jdbc = jdbc;
        this.zone = calendar.zone();
    }

    /** What the returns read of the period: its children and their episodes. */
    record Record(Map<String, ChildOnRecord> children, List<Episode> episodes) {

        List<Episode> of(String processKey) {
            return episodes.stream().filter(episode -> episode.processKey().equals(processKey)).toList();
        }

        ChildOnRecord child(Episode episode) {
            return children.getOrDefault(episode.childId(),
                    new ChildOnRecord(episode.childId(), null, null, null, null, null, null, null, null));
        }
    }

    /**
     * Episodes begun by {@code last} and open at some time on or after {@code openSince}, of the teams
     * given, with everything their cases did before.
     */
    Record read(LocalDate openSince, LocalDate last, Collection<String> teams) {
        java.util.Date before = java.util.Date.from(last.plusDays(1).atStartOfDay(zone).toInstant());
        java.util.Date since = java.util.Date.from(openSince.atStartOfDay(zone).toInstant());
        Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
        String[] keys = EPISODE_PROCESSES.toArray(String[]::new);
        AsSystem.run(identity, () -> {
            history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys).startedBefore(before).unfinished()
                    .list().forEach(instance -> instances.put(instance.getId(), instance));
            history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys).startedBefore(before).finishedAfter(since)
                    .list().forEach(instance -> instances.put(instance.getId(), instance));
            // The whole history of each case the period touches, and of the child's other cases: the referral
            // an episode began with, earlier plans (counted, not typed)
            List<String> cases = withTheChildrensOtherCases(instances.values().stream()
                    .map(HistoricProcessInstance::getBusinessKey).filter(java.util.Objects::nonNull).distinct().toList());
            for (List<String> batch : batches(cases)) {
                history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys).startedBefore(before)
                        .processInstanceBusinessKeyIn(batch.toArray(String[]::new))
                        .list().forEach(instance -> instances.putIfAbsent(instance.getId(), instance));
            }
            return null;
        });
        Map<String, Map<String, Object>> variables = variablesOf(instances.keySet());
        Map<String, Map<String, List<LocalDate>>> done = new HashMap<>();
        Map<String, Map<String, LocalDate>> deadlines = new HashMap<>();
        Map<String, String> workers = new HashMap<>();
        stepsOf(instances.keySet(), done, deadlines, workers);
        Map<String, List<Episode.Held>> held = heldOf(instances.keySet());
        countedTasksOf(instances, done);
        List<Episode> episodes = new ArrayList<>();
        for (HistoricProcessInstance instance : instances.values()) {
            Map<String, Object> items = new HashMap<>(variables.getOrDefault(instance.getId(), Map.of()));
            String team = (String) items.get("team");
            if (team == null || !teams.contains(team)) {
                continue;
            }
            Object allocated = items.get("allocatedWorker");
            // a case from before the child's record carries no childId: its child is the one its reference gives
            if (instance.getBusinessKey() != null) {
                items.putIfAbsent("childId", ChildRecord.derivedFrom(instance.getBusinessKey()));
            }
            episodes.add(new Episode(instance.getId(), instance.getProcessDefinitionKey(), instance.getBusinessKey(),
                    (String) items.get("childId"), team, allocated != null ? allocated.toString() : workers.get(instance.getId()),
                    instance.getStartTime().toInstant(), instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
                    items, done.getOrDefault(instance.getId(), Map.of()), deadlines.getOrDefault(instance.getId(), Map.of()),
                    held.getOrDefault(instance.getId(), List.of())));
        }
        episodes.sort(java.util.Comparator.comparing(Episode::startedAt).thenComparing(Episode::id));
        done.values().forEach(steps -> steps.values().forEach(java.util.Collections::sort));
        return new Record(children(episodes.stream().map(Episode::childId).distinct().toList()), episodes);
    }

    /**
     * The children whose record changed since the time: their record opened or updated, a case process
     * of theirs started or ended, a task of one completed (every item is recorded at a task), or a
     * step of theirs opened or ended on the ledger. A date rescheduled without a task is not seen.
     */
    java.util.Set<String> changedSince(java.time.Instant since) {
        java.util.Date from = java.util.Date.from(since);
        java.util.Set<String> instances = new java.util.HashSet<>();
        String[] keys = EPISODE_PROCESSES.toArray(String[]::new);
        AsSystem.run(identity, () -> {
            history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys).startedAfter(from).list()
                    .forEach(instance -> instances.add(instance.getId()));
            history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys).finishedAfter(from).list()
                    .forEach(instance -> instances.add(instance.getId()));
            history.createHistoricTaskInstanceQuery().finishedAfter(from).list().stream()
                    .filter(task -> task.getProcessInstanceId() != null)
                    .forEach(task -> instances.add(task.getProcessInstanceId()));
            return null;
        });
        java.sql.Timestamp fromTime = new java.sql.Timestamp(from.getTime());
        java.util.Set<String> children = new java.util.HashSet<>(jdbc.queryForList(
                "select CHILD_ID_ from CF_CHILD where UPDATED_AT_ >= ?", String.class, fromTime));
        // and a step of theirs opened or ended on the ledger without a task completed (a step cancelled with its case)
        children.addAll(jdbc.queryForList("select distinct CHILD_ID_ from CF_STEP where CHILD_ID_ is not null"
                + " and (OPENED_AT_ >= ? or ENDED_AT_ >= ?)", String.class, fromTime, fromTime));
        variablesOf(instances).values().forEach(items -> {
            if (items.get("childId") instanceof String childId) {
                children.add(childId);
            }
        });
        return children;
    }

    /** The cases, and every other case of their children: the ledger knows each step's child and case. */
    private List<String> withTheChildrensOtherCases(List<String> cases) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(cases);
        for (List<String> batch : batches(cases)) {
            String in = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            all.addAll(jdbc.queryForList("select distinct CASE_REF_ from CF_STEP where CHILD_ID_ in"
                    + " (select CHILD_ID_ from CF_STEP where CHILD_ID_ is not null and CASE_REF_ in (" + in + "))",
                    String.class, batch.toArray()));
        }
        return new ArrayList<>(all);
    }

    /** One SSDA903 episode of a child's period of care, as the lookedAfter process recorded it. */
    record CareEpisode(String processInstanceId, String childId, LocalDate decom, String rne, String legalStatus,
                       String categoryOfNeed, String placementType, String placementProvider, String placementPostcode, String urn,
                       LocalDate dec, String rec) {
    }

    /** The care episodes and reviews of looked-after processes, by process instance, in order. */
    Map<String, List<CareEpisode>> careEpisodesOf(Collection<String> instanceIds) {
        Map<String, List<CareEpisode>> episodes = new HashMap<>();
        for (List<String> batch : batches(instanceIds)) {
            String in = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            jdbc.query("select * from CF_CARE_EPISODE where PROC_INST_ID_ in (" + in + ") order by DECOM_, RECORDED_AT_", row -> {
                episodes.computeIfAbsent(row.getString("PROC_INST_ID_"), id -> new ArrayList<>()).add(new CareEpisode(
                        row.getString("PROC_INST_ID_"), row.getString("CHILD_ID_"), localDate(row.getDate("DECOM_")),
                        row.getString("RNE_"), row.getString("LS_"), row.getString("CIN_"), row.getString("PLACE_"),
                        row.getString("PLACE_PROVIDER_"), row.getString("PL_POST_"), row.getString("URN_"),
                        localDate(row.getDate("DEC_")), row.getString("REC_")));
            }, batch.toArray());
        }
        return episodes;
    }

    /** A time a looked-after child was missing ({@code M}) or away ({@code A}), with their return home interview. */
    record MissingEpisode(String missing, LocalDate start, LocalDate end, String interviewOffered, String interviewAccepted) {
    }

    /** The times missing or away of looked-after processes, by process instance, in order. */
    Map<String, List<MissingEpisode>> missingEpisodesOf(Collection<String> instanceIds) {
        Map<String, List<MissingEpisode>> missing = new HashMap<>();
        for (List<String> batch : batches(instanceIds)) {
            String in = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            jdbc.query("select * from CF_MISSING_EPISODE where PROC_INST_ID_ in (" + in + ") order by START_", row -> {
                missing.computeIfAbsent(row.getString("PROC_INST_ID_"), id -> new ArrayList<>()).add(new MissingEpisode(
                        row.getString("MISSING_"), localDate(row.getDate("START_")), localDate(row.getDate("END_")),
                        row.getString("RHI_OFFERED_"), row.getString("RHI_ACCEPTED_")));
            }, batch.toArray());
        }
        return missing;
    }

    /** The days of the reviews of looked-after processes, by process instance, in order. */
    Map<String, List<LocalDate>> careReviewsOf(Collection<String> instanceIds) {
        Map<String, List<LocalDate>> reviews = new HashMap<>();
        for (List<String> batch : batches(instanceIds)) {
            String in = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            jdbc.query("select PROC_INST_ID_, REVIEW_ON_ from CF_CARE_REVIEW where PROC_INST_ID_ in (" + in + ") order by REVIEW_ON_",
                    row -> {
                        reviews.computeIfAbsent(row.getString("PROC_INST_ID_"), id -> new ArrayList<>())
                                .add(localDate(row.getDate("REVIEW_ON_")));
                    }, batch.toArray());
        }
        return reviews;
    }

    /** Each instance's variables by name; a process-wide value wins over a local one of the same name. */
    private Map<String, Map<String, Object>> variablesOf(Collection<String> instanceIds) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        for (List<String> batch : batches(instanceIds)) {
            List<HistoricVariableInstance> found = AsSystem.run(identity, () -> history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(batch.toArray(String[]::new)).variableNameIn(ITEMS)
                    .disableBinaryFetching().disableCustomObjectDeserialization().list());
            for (HistoricVariableInstance variable : found) {
                Map<String, Object> items = byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>());
                boolean processWide = variable.getProcessInstanceId().equals(variable.getExecutionId());
                if (processWide || !items.containsKey(variable.getName())) {
                    items.put(variable.getName(), variable.getValue());
                }
            }
        }
        return byInstance;
    }

    private void stepsOf(Collection<String> instanceIds, Map<String, Map<String, List<LocalDate>>> done,
                         Map<String, Map<String, LocalDate>> deadlines, Map<String, String> workers) {
        for (List<String> batch : batches(instanceIds)) {
            String in = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            jdbc.query("select PROC_INST_ID_, STEP_ID_, TIMESCALE_, STATE_, DONE_ON_, DEADLINE_, WORKER_, CANDIDATE_GROUP_ from CF_STEP"
                    + " where PROC_INST_ID_ in (" + in + ") order by OPENED_AT_, ID_", row -> {
                        String instance = row.getString("PROC_INST_ID_");
                        Date doneOn = row.getDate("DONE_ON_");
                        if (doneOn != null) {
                            done.computeIfAbsent(instance, id -> new HashMap<>())
                                    .computeIfAbsent(row.getString("STEP_ID_"), step -> new ArrayList<>()).add(doneOn.toLocalDate());
                        }
                        if (row.getString("TIMESCALE_") != null) {
                            deadlines.computeIfAbsent(instance, id -> new HashMap<>())
                                    .putIfAbsent(row.getString("TIMESCALE_"), row.getDate("DEADLINE_").toLocalDate());
                        }
                        // the practitioner who held the case's own steps, not a manager who agreed or oversaw one
                        String group = row.getString("CANDIDATE_GROUP_");
                        if (row.getString("WORKER_") != null && Organisation.isCasework(group)) {
                            workers.put(instance, row.getString("WORKER_"));
                        }
                    }, batch.toArray());
        }
    }

    /** The days the counted tasks of the instances were done, with their steps' (the engine's history finds them by case). */
    private void countedTasksOf(Map<String, HistoricProcessInstance> instances, Map<String, Map<String, List<LocalDate>>> done) {
        List<String> cases = instances.values().stream().map(HistoricProcessInstance::getBusinessKey)
                .filter(java.util.Objects::nonNull).distinct().toList();
        for (List<String> batch : batches(cases)) {
            AsSystem.run(identity, () -> history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(batch.toArray(String[]::new))
                    .taskDefinitionKeyIn(TASKS_COUNTED.toArray(String[]::new)).finished().list()).stream()
                    .filter(task -> instances.containsKey(task.getProcessInstanceId()))
                    .forEach(task -> done.computeIfAbsent(task.getProcessInstanceId(), id -> new HashMap<>())
                            .computeIfAbsent(task.getTaskDefinitionKey(), step -> new ArrayList<>())
                            .add(LocalDate.ofInstant(task.getEndTime().toInstant(), zone)));
        }
    }

    /** Who took each step of the instances on, in order: practitioners, not a manager agreeing or overseeing. */
    private Map<String, List<Episode.Held>> heldOf(Collection<String> instanceIds) {
        Map<String, List<Episode.Held>> held = new HashMap<>();
        for (List<String> batch : batches(instanceIds)) {
            String in = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            jdbc.query("select PROC_INST_ID_, WORKER_, CANDIDATE_GROUP_, FROM_ from CF_STEP_WORKER where PROC_INST_ID_ in (" + in
                    + ") order by FROM_", row -> {
                        if (Organisation.isCasework(row.getString("CANDIDATE_GROUP_"))) {
                            held.computeIfAbsent(row.getString("PROC_INST_ID_"), id -> new ArrayList<>()).add(new Episode.Held(
                                    row.getString("WORKER_"), row.getTimestamp("FROM_").toInstant()));
                        }
                    }, batch.toArray());
        }
        return held;
    }

    private Map<String, ChildOnRecord> children(List<String> ids) {
        Map<String, ChildOnRecord> children = new HashMap<>();
        for (List<String> batch : batches(ids.stream().filter(java.util.Objects::nonNull).toList())) {
            String in = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            jdbc.query("select * from CF_CHILD where CHILD_ID_ in (" + in + ")", row -> {
                children.put(row.getString("CHILD_ID_"), new ChildOnRecord(row.getString("CHILD_ID_"), row.getString("NAME_"),
                        localDate(row.getDate("BORN_ON_")), localDate(row.getDate("EXPECTED_ON_")), row.getString("SEX_"),
                        row.getString("ETHNICITY_"), row.getString("DISABILITIES_"), row.getString("UPN_"),
                        row.getString("UPN_UNKNOWN_")));
            }, batch.toArray());
        }
        return children;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static List<List<String>> batches(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }
}
