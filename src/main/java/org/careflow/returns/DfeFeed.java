package org.careflow.returns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.codes.CodeLists;
import org.careflow.organisation.Names;
import org.springframework.stereotype.Component;

/**
 * The records DfE's children's social care API takes (DFE-Digital/children-in-social-care-schemas,
 * OpenAPI 1.0.1): one per child, with the child's details and each episode's assessments, enquiries
 * and plans, keyed by the ids that stay the same from one day to the next (the child's LAchildID,
 * the engine's process instance ids). A value the record does not hold is left out, never sent as null.
 */
@Component
class DfeFeed {

    private final ChildrensRecords records;
    private final CodeLists codes;
    private final ObjectMapper json;
    private final ReturnsProperties properties;
    private final Names names;
    private final ZoneId zone;

    DfeFeed(ChildrensRecords records, CodeLists codes, ObjectMapper json, ReturnsProperties properties, Names names,
            WorkingDayCalendar calendar) {
        this.records = records;
        this.names = names;
        this.codes = codes;
        this.json = json;
        this.properties = properties;
        this.zone = calendar.zone();
    }

    /**
     * The records to send: every child with an episode open within the snapshot's reach, or with
     * {@code since}, only the children whose record changed since then ({@link ChildrensRecords#changedSince}),
     * each sent whole, as DfE's API merges by id.
     */
    List<ObjectNode> children(Instant since, List<String> teams) {
        Instant now = EngineClock.now();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant reach = now.minus(properties.dfeFeed().snapshot());
        Set<String> changed = since == null ? null : records.changedSince(since);
        LocalDate openSince = LocalDate.ofInstant(since == null ? reach : since.isBefore(reach) ? since : reach, zone);
        ChildrensRecords.Record record = records.read(openSince, today, teams);
        Map<String, List<Episode>> byChild = new LinkedHashMap<>();
        record.episodes().stream().filter(episode -> episode.childId() != null)
                .filter(episode -> changed == null || changed.contains(episode.childId()))
                .forEach(episode -> byChild.computeIfAbsent(episode.childId(), id -> new ArrayList<>()).add(episode));
        CinEpisodes episodes = new CinEpisodes(zone, today, properties.nfaClosureReason());
        Map<String, String> sweNumbers = names.sweNumbers(byChild.values().stream().flatMap(List::stream)
                .flatMap(episode -> episode.held().stream()).map(Episode.Held::worker).distinct().toList());
        List<ObjectNode> children = new ArrayList<>();
        byChild.forEach((childId, childsEpisodes) -> children.add(child(record.child(childsEpisodes.get(0)),
                episodes.of(childsEpisodes), sweNumbers)));
        return children;
    }

    private ObjectNode child(ChildOnRecord child, List<CinEpisode> episodes, Map<String, String> sweNumbers) {
        ObjectNode record = json.createObjectNode();
        record.put("la_child_id", child.id());
        ObjectNode details = record.putObject("child_details");
        if (child.upn() != null) {
            details.put("unique_pupil_number", child.upn());
        } else {
            put(details, "unique_pupil_number_unknown_reason", child.upnUnknown());
        }
        if (child.name() != null) {
            int space = child.name().trim().lastIndexOf(' ');
            details.put("first_name", space < 0 ? child.name().trim() : child.name().trim().substring(0, space));
            put(details, "surname", space < 0 ? null : child.name().trim().substring(space + 1));
        }
        put(details, "date_of_birth", child.bornOn());
        put(details, "expected_date_of_birth", child.bornOn() == null ? child.expectedOn() : null);
        put(details, "sex", child.sex());
        put(details, "ethnicity", child.ethnicity());
        if (child.disabilities() != null && !child.disabilities().isBlank()) {
            ArrayNode disabilities = details.putArray("disabilities");
            codes.get("disability").codesIn(child.disabilities()).forEach(disabilities::add);
        }
        ArrayNode episodeRecords = record.putArray("social_care_episodes");
        episodes.forEach(episode -> episodeRecords.add(episode(episode, sweNumbers)));
        return record;
    }

    private ObjectNode episode(CinEpisode episode, Map<String, String> sweNumbers) {
        ObjectNode record = json.createObjectNode();
        record.put("social_care_episode_id", episode.referral().id());
        put(record, "referral_date", episode.referredOn());
        put(record, "referral_source", episode.referral().text("referralSource"));
        record.put("referral_no_further_action_flag", episode.noFurtherAction());
        put(record, "closure_date", episode.closedOn());
        put(record, "closure_reason", episode.closureReason());
        ArrayNode workers = record.putArray("care_worker_details");
        for (CareWorker worker : CareWorker.of(episode, zone)) {
            ObjectNode item = workers.addObject().put("worker_id", CareWorker.id(worker.user(), sweNumbers));
            put(item, "start_date", worker.from());
            put(item, "end_date", worker.to());
        }
        ArrayNode assessments = record.putArray("child_and_family_assessments");
        for (Episode assessment : episode.of("assessment")) {
            ObjectNode item = assessments.addObject().put("child_and_family_assessment_id", assessment.id());
            put(item, "start_date", assessment.date("assessmentStartedOn", zone));
            if (assessment.authorisedOn(zone) != null) {
                put(item, "authorisation_date", assessment.authorisedOn(zone));
                if (assessment.text("assessmentFactors") != null) {
                    ArrayNode factors = item.putArray("factors");
                    codes.get("assessment-factor").codesIn(assessment.text("assessmentFactors")).forEach(factors::add);
                }
            }
        }
        ArrayNode childInNeedPlans = record.putArray("child_in_need_plans");
        for (Episode plan : episode.of("childInNeedPlan")) {
            ObjectNode item = childInNeedPlans.addObject().put("child_in_need_plan_id", plan.id());
            put(item, "start_date", plan.date("cinPlanStartedOn", zone));
            put(item, "end_date", plan.planEndedOn(zone));
        }
        ArrayNode enquiries = record.putArray("section_47_assessments");
        for (Episode enquiry : episode.of("section47")) {
            if (!enquiry.enquiryStarted()) {
                continue;
            }
            ObjectNode item = enquiries.addObject().put("section_47_assessment_id", enquiry.id());
            LocalDate started = enquiry.date("section47StartedOn", zone);
            put(item, "start_date", started != null ? started : enquiry.date("strategyDiscussionOn", zone));
            if (enquiry.text("enquiryOutcome") != null) {
                item.put("icpc_required_flag", "convene-icpc".equals(enquiry.text("enquiryOutcome")));
            }
            put(item, "icpc_date", enquiry.date("initialConferenceOn", zone));
            put(item, "end_date", enquiry.endedOn(zone));
        }
        ArrayNode plans = record.putArray("child_protection_plans");
        for (Episode plan : episode.of("childProtectionPlan")) {
            ObjectNode item = plans.addObject().put("child_protection_plan_id", plan.id());
            put(item, "start_date", plan.date("initialConferenceOn", zone));
            put(item, "end_date", plan.planEndedOn(zone));
        }
        return record;
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            node.put(field, value.toString());
        }
    }
}
