package org.careflow.modelling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The timescale ids a model names in its expressions, such as {@code 'referral-decision'} in
 * {@code ${deadlines.due('referral-decision', referralReceivedAt)}} or both ids of
 * {@code ${deadlines.dueInChain('first-review', initialConferenceOn, 'next-review', execution.getVariable('lastReviewOn'))}}:
 * every argument of a {@code deadlines} call that is a quoted string is a timescale id, since its
 * dates always come from variables. An id held in a variable ({@code visitTimescale}) is only known
 * when the case runs.
 */
public final class TimescaleReferences {

    private static final Pattern CALL = Pattern.compile("\\bdeadlines\\s*\\.\\s*\\w+\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'|\"([^\"]*)\"");

    private TimescaleReferences() {
    }

    /** The ids named anywhere in a process, by the nearest element with an id that holds them. */
    static Map<Element, Set<String>> byElement(Element process) {
        Map<Element, Set<String>> references = new LinkedHashMap<>();
        collect(process, process, references);
        return references;
    }

    private static void collect(Element element, Element owner, Map<Element, Set<String>> references) {
        Element holder = element.attribute("id") != null ? element : owner;
        List<String> texts = new ArrayList<>();
        element.attributes().forEach(name -> texts.add(element.attribute(name)));
        texts.add(element.getText());
        for (String text : texts) {
            List<String> ids = in(text);
            if (!ids.isEmpty()) {
                references.computeIfAbsent(holder, key -> new LinkedHashSet<>()).addAll(ids);
            }
        }
        element.elements().forEach(child -> collect(child, holder, references));
    }

    /** The ids named in one expression (metrics reads a step's due date with it). */
    public static List<String> in(String text) {
        List<String> ids = new ArrayList<>();
        Matcher call = CALL.matcher(text);
        while (call.find()) {
            for (String argument : arguments(text, call.end())) {
                Matcher literal = LITERAL.matcher(argument.strip());
                if (literal.matches()) {
                    ids.add(literal.group(1) != null ? literal.group(1) : literal.group(2));
                }
            }
        }
        return ids;
    }

    /** The top-level arguments of the call whose opening parenthesis ends just before {@code start}. */
    private static List<String> arguments(String text, int start) {
        List<String> arguments = new ArrayList<>();
        StringBuilder argument = new StringBuilder();
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    break;
                }
                argument.append(text, i, end + 1);
                i = end;
            } else if (c == ',' && depth == 0) {
                arguments.add(argument.toString());
                argument.setLength(0);
            } else if (c == ')' && depth == 0) {
                arguments.add(argument.toString());
                return arguments;
            } else {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                argument.append(c);
            }
        }
        // an expression cut short is the engine's to refuse, not a timescale to look up
        return List.of();
    }
}
