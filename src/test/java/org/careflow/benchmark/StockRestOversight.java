package org.careflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careflow.cases.CaseProcesses;
import org.careflow.organisation.Organisation;

/**
 * The oversight page's answer (the first page of overdue or due-soon case steps, earliest deadline
 * first, with case reference, team and latest escalation) assembled from the stock engine REST API,
 * as a client without CareFlow's API would: one task query, then for each task its case, its team
 * and its latest escalation with that escalation's tasks and variables.
 */
final class StockRestOversight {

    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    private final HttpApi http;

    StockRestOversight(HttpApi http) {
        this.http = http;
    }

    int load(String user, List<String> teams, int pageSize, Instant now) throws Exception {
        List<String> groups = new ArrayList<>();
        teams.forEach(team -> {
            groups.add(team);
            groups.add(Organisation.managersOf(team));
        });
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("candidateGroups", groups);
        query.put("includeAssignedTasks", true);
        query.put("processDefinitionKeyIn", CaseProcesses.KEYS);
        query.put("orQueries", List.of(Map.of("dueBefore", REST_DATE.format(now), "followUpBefore", REST_DATE.format(now))));
        query.put("sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
        JsonNode tasks = http.post(user, "/engine-rest/task?firstResult=0&maxResults=" + pageSize, query);
        for (JsonNode task : tasks) {
            String instance = task.get("processInstanceId").asText();
            http.get(user, "/engine-rest/process-instance/" + instance);
            http.get(user, "/engine-rest/process-instance/" + instance + "/variables/team");
            JsonNode escalations = http.get(user, "/engine-rest/history/process-instance?superProcessInstanceId="
                    + encode(instance) + "&sortBy=startTime&sortOrder=desc&firstResult=0&maxResults=1");
            for (JsonNode escalation : escalations) {
                String id = encode(escalation.get("id").asText());
                http.get(user, "/engine-rest/history/task?processInstanceId=" + id);
                http.get(user, "/engine-rest/history/variable-instance?processInstanceId=" + id);
            }
        }
        return tasks.size();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
