package org.careflow.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.careflow.codes.CodeList;
import org.careflow.codes.CodeLists;

/**
 * A form as it is deployed: each field that names a code list ({@value #CODE_LIST}, a custom
 * property in Modeler's panel) offers that list's codes, so that a returns lead's change to the list
 * reaches every form at the next start without editing the forms. A field of several codes (a
 * text field) is told which codes it may hold.
 */
final class FormCodes {

    /** The form field property naming a list of {@code codes/codes.yaml}. */
    static final String CODE_LIST = "codeList";
    /** The form field property naming codes of the list the step cannot know yet (separated by spaces). */
    static final String CODES_LEFT_OUT = "codesLeftOut";

    private final CodeLists codes;
    private final ObjectMapper json;

    FormCodes(CodeLists codes, ObjectMapper json) {
        this.codes = codes;
        this.json = json;
    }

    byte[] apply(String formName, byte[] form) {
        try {
            JsonNode schema = json.readTree(form);
            if (!fill(schema.path("components"), formName)) {
                return form;
            }
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(schema);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the form " + formName, e);
        }
    }

    private boolean fill(JsonNode components, String formName) {
        boolean changed = false;
        for (JsonNode component : components) {
            changed |= fill(component.path("components"), formName);
            String listId = component.path("properties").path(CODE_LIST).asText(null);
            if (listId == null || !(component instanceof ObjectNode field)) {
                continue;
            }
            CodeList list = codes.find(listId).orElseThrow(() -> new IllegalStateException(
                    "The form " + formName + " names the code list '" + listId + "', which codes/codes.yaml does not hold"));
            if (list.multiple()) {
                field.put("description", "Codes separated by spaces: " + String.join(", ", list.codes().keySet()));
            } else {
                List<String> leftOut = List.of(component.path("properties").path(CODES_LEFT_OUT).asText("").split("\\s+"));
                ArrayNode values = field.putArray("values");
                list.codes().forEach((code, label) -> {
                    if (!leftOut.contains(code)) {
                        values.addObject().put("label", label).put("value", code);
                    }
                });
            }
            changed = true;
        }
        return changed;
    }
}
