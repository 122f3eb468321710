package org.careflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChromiumInstalledTest {

    static final Path INSTALLED = Path.of("/bin/sh");

    @Test
    void withoutChromiumTheBrowserTestsSayTheyDidNotRunAndHowToInstallIt() {
        assertThat(ChromiumInstalled.whyNot(Path.of("/nonexistent/chromium"), INSTALLED)).hasValueSatisfying(reason ->
                assertThat(reason).contains("did NOT run", "/nonexistent/chromium", "apt-get install chromium chromium-driver")
                        .doesNotContain(INSTALLED.toString()));
    }

    @Test
    void withChromiumAndItsDriverTheyRun() {
        assertThat(ChromiumInstalled.whyNot(INSTALLED, INSTALLED)).isEmpty();
    }
}
