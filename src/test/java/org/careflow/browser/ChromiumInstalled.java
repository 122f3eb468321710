package org.careflow.browser;

import static java.util.stream.Collectors.joining;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run only where Debian's Chromium and chromedriver are installed (CI installs them).
 * Elsewhere the class is disabled, and the reason says so plainly and how to install them: a skipped
 * count alone would pass for a green suite.
 */
class ChromiumInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> whyNot = whyNot(Browser.CHROMIUM, Browser.CHROMEDRIVER);
        if (whyNot.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        // Surefire's console shows a skipped count but not the reason: say it where people look.
        System.err.println("[WARNING] " + context.getDisplayName() + ": " + whyNot.get());
        return ConditionEvaluationResult.disabled(whyNot.get());
    }

    /** Why the browser tests cannot run here, if they cannot. */
    static Optional<String> whyNot(Path... executables) {
        List<Path> missing = Stream.of(executables).filter(path -> !Files.isExecutable(path)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Browser tests did NOT run: " + missing.stream().map(Path::toString).collect(joining(", "))
                + " not found. Install them with: apt-get install chromium chromium-driver");
    }
}
