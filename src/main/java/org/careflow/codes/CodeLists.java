package org.careflow.codes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every code list, read once at start from the one file that holds them. A file that does not read
 * stops the start, naming the list: a return built on a half-read list would be wrong in silence.
 */
@Component
@EnableConfigurationProperties(CodesProperties.class)
public class CodeLists {

    private final Map<String, CodeList> lists;

    @Autowired
    CodeLists(CodesProperties properties) {
        try (InputStream in = properties.location().getInputStream()) {
            this.lists = read(new ObjectMapper(new YAMLFactory()).readTree(in), properties.location().getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the code lists from " + properties.location().getDescription(), e);
        }
    }

    /** The lists of a file already read: a test's own, or the shipped one. */
    public static CodeLists of(InputStream yaml) throws IOException {
        return new CodeLists(read(new ObjectMapper(new YAMLFactory()).readTree(yaml), "the given file"));
    }

    private CodeLists(Map<String, CodeList> lists) {
        this.lists = lists;
    }

    public Optional<CodeList> find(String id) {
        return Optional.ofNullable(lists.get(id));
    }

    /** A list the caller relies on: its absence is a broken installation, not bad input. */
    public CodeList get(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("The code lists have no list '" + id + "'"));
    }

    public Collection<CodeList> all() {
        return lists.values();
    }

    private static Map<String, CodeList> read(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("The code lists in " + source + " are not a map of lists");
        }
        Map<String, CodeList> lists = new LinkedHashMap<>();
        root.fields().forEachRemaining(entry -> lists.put(entry.getKey(), list(entry.getKey(), entry.getValue(), source)));
        return java.util.Collections.unmodifiableMap(lists);
    }

    private static CodeList list(String id, JsonNode node, String source) {
        Map<String, String> codes = new LinkedHashMap<>();
        node.path("codes").fields().forEachRemaining(code -> codes.put(code.getKey(), code.getValue().asText()));
        if (codes.isEmpty()) {
            throw new IllegalStateException("The code list '" + id + "' in " + source + " has no codes");
        }
        Set<String> alone = new LinkedHashSet<>();
        node.path("alone").forEach(code -> alone.add(code.asText()));
        if (!codes.keySet().containsAll(alone)) {
            throw new IllegalStateException("The code list '" + id + "' in " + source + " names a code to give alone that it does not hold");
        }
        Map<String, String> annexA = new LinkedHashMap<>();
        node.path("annexA").fields().forEachRemaining(answer -> annexA.put(answer.getKey(), answer.getValue().asText()));
        if (!codes.keySet().containsAll(annexA.keySet())) {
            throw new IllegalStateException("The code list '" + id + "' in " + source + " gives an Annex A answer for a code it does not hold");
        }
        return new CodeList(id, node.path("name").asText(id), codes, node.path("multiple").asBoolean(false), alone, annexA);
    }
}
