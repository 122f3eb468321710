package org.careflow.browser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's engine, the copy its Selenium integration ships) run in the page the browser shows,
 * against WCAG 2.0, 2.1 and 2.2 A and AA: what it finds, one line a rule with the elements it found.
 */
final class Accessibility {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AXE = load();

    /** One rule broken, where: axe's rule id, its impact, what it asks, and the elements' selectors. */
    record Violation(String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " at " + String.join(", ", targets);
        }
    }

    private Accessibility() {
    }

    /** The violations of the page as it is now. */
    static List<Violation> violations(Browser browser) {
        if (browser.script("return typeof window.axe") .equals("undefined")) {
            browser.script(AXE);
        }
        Object answer = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(result => done(JSON.stringify(result.violations)))
                  .catch(error => done('axe failed: ' + error));
                """, WCAG_AA);
        String text = String.valueOf(answer);
        if (text.startsWith("axe failed")) {
            throw new IllegalStateException(text);
        }
        try {
            List<Map<String, Object>> violations = JSON.readValue(text, new TypeReference<>() { });
            return violations.stream().map(Accessibility::violation).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }

    @SuppressWarnings("unchecked")
    private static Violation violation(Map<String, Object> found) {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) found.get("nodes");
        return new Violation((String) found.get("id"), (String) found.get("impact"), (String) found.get("help"),
                nodes.stream().map(node -> String.valueOf(node.get("target"))).toList());
    }

    private static String load() {
        try (InputStream axe = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (axe == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
