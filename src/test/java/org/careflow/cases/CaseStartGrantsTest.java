package org.careflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.careflow.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Anyone may start a case by its case processes; nobody starts an escalation or a review from outside. */
class CaseStartGrantsTest extends ProcessTest {

    @Autowired
    AuthorizationService authorizations;

    @Test
    void anyoneStartsACaseButNotAnEscalationOrAReview() {
        List<String> groups = List.of("north");
        for (String caseProcess : CaseProcesses.KEYS) {
            assertThat(authorizations.isUserAuthorized("sw.north", groups, CREATE_INSTANCE, PROCESS_DEFINITION, caseProcess))
                    .as(caseProcess).isTrue();
        }
        assertThat(authorizations.isUserAuthorized("sw.north", groups, CREATE, PROCESS_INSTANCE, Authorization.ANY)).isTrue();
        assertThat(authorizations.isUserAuthorized("sw.north", groups, CREATE_INSTANCE, PROCESS_DEFINITION, "escalation")).isFalse();
        assertThat(authorizations.isUserAuthorized("sw.north", groups, CREATE_INSTANCE, PROCESS_DEFINITION, "workloadReview")).isFalse();
    }
}
