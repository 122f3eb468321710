package org.careflow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic filter without its one exception: it lets {@code /engine} (the list of
 * engine names) answer anonymously; CareFlow answers nothing without credentials.
 */
class CredentialsRequired extends ProcessEngineAuthenticationFilter {

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
        return true;
    }
}
