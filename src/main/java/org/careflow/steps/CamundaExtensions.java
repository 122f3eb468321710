package org.careflow.steps;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Reading Camunda's extensions of a BPMN element through the model API, as the declarations need them. */
final class CamundaExtensions {

    private CamundaExtensions() {
    }

    /** The value of one Camunda extension property, or null where it is missing or blank (Modeler writes empty ones). */
    static String property(BaseElement element, String name) {
        return childrenOf(element, CamundaProperty.class).stream()
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).filter(v -> v != null && !v.isBlank()).map(String::strip)
                .findFirst().orElse(null);
    }

    /** The Camunda extensions of one element, wherever Modeler nests them (properties sit in a list). */
    static <T extends ModelElementInstance> List<T> childrenOf(BaseElement element, Class<T> type) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return List.of();
        }
        List<T> found = new ArrayList<>(extensions.getElementsQuery().filterByType(type).list());
        for (ModelElementInstance child : extensions.getElements()) {
            found.addAll(child.getChildElementsByType(type));
        }
        return found;
    }

    static boolean isTimer(FlowElement element) {
        return element instanceof CatchEvent event
                && event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
    }

    /** The names quoted in an expression: what a listener passes by name (never read as a rule). */
    static List<String> quotedNames(String expression) {
        List<String> names = new ArrayList<>();
        if (expression == null) {
            return names;
        }
        StringBuilder name = new StringBuilder();
        boolean inQuotes = false;
        for (char c : expression.toCharArray()) {
            if (c == '\'' || c == '"') {
                inQuotes = !inQuotes;
            }
            if (inQuotes && Character.isJavaIdentifierPart(c)) {
                name.append(c);
            } else if (!name.isEmpty()) {
                names.add(name.toString());
                name.setLength(0);
            }
        }
        return names;
    }
}
