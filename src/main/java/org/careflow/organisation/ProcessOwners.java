package org.careflow.organisation;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Moving running cases between versions and their deadlines is for process owners only. Camunda's
 * authorizations alone would not say so: a practitioner who may see no case of an old version
 * would be refused nothing, and deadlines move with authorization checks off.
 */
@Component
public class ProcessOwners {

    private final IdentityService identityService;

    ProcessOwners(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The user asking, who is a process owner; anyone else is refused. */
    public String require(String action) {
        CurrentUser current = CurrentUser.of(identityService);
        if (!current.isIn(Organisation.PROCESS_OWNERS)) {
            throw new AuthorizationException("Only process owners (group " + Organisation.PROCESS_OWNERS + ") may " + action);
        }
        return current.userId();
    }
}
