package org.careflow.cases;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.careflow.EnginePlugins;
import org.careflow.organisation.CurrentUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A case process starts at its start event, through its door ({@link CaseStart}). The engine also
 * starts a process part-way ("start instructions", with its listeners and mappings skipped if asked),
 * which over REST let anyone open a case with no check of its team, its dates or the steps before:
 * that stays for administrators. (Camunda's command classes are engine internals; this is the one
 * place CareFlow names one.)
 */
@Component
@Order(EnginePlugins.CASES_START_AT_THEIR_START)
class CasesStartAtTheirStart extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (command instanceof StartProcessInstanceAtActivitiesCmd) {
                    refuseUnlessAdministrator(CurrentUser.of(configuration.getIdentityService()));
                }
                return next.execute(command);
            }
        });
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private static void refuseUnlessAdministrator(CurrentUser user) {
        if (user.isSomebody() && !user.isIn(Groups.CAMUNDA_ADMIN)) {
            throw new AuthorizationException(user.userId() + " may not start a case part-way: a case starts at its "
                    + "start, with the dates its clocks run from (startInstructions are for administrators)");
        }
    }
}
