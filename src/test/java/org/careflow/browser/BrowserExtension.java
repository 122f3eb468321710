package org.careflow.browser;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands each browser test a fresh {@link Browser} on the CareFlow its Spring context started, closes
 * it after the test, and keeps a screenshot of the page a failed test left behind.
 */
class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

    private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

    /** Lets JUnit close the browser with the test's context. */
    private record Opened(Browser browser) implements CloseableResource {
        @Override
        public void close() {
            browser.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        Browser browser = Browser.at("http://localhost:" + port);
        context.getStore(NAMESPACE).put(Opened.class, new Opened(browser));
        return browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Opened opened = context.getStore(NAMESPACE).get(Opened.class, Opened.class);
        if (opened != null && context.getExecutionException().isPresent()) {
            opened.browser().screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-failure");
        }
    }
}
