package org.careflow.organisation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.careflow.EnginePlugins;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Checks a user's groups against the grants as they are, without first reading which groups have
 * grants. Camunda 7.24's {@code AuthorizationManager.filterAuthenticatedGroupIds} runs
 * {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} once in every command of an
 * authenticated user, a scan of the whole grant table (a dozen rows a case: 150–170 ms at 100,000
 * cases, docs/benchmarks.md), only to drop from the check the user's groups that have no grant.
 *
 * <p>The answers are the same: every use of the filtered list in 7.24's mappings is
 * {@code GROUP_ID_ IN (...)} (grants and revokes, on one resource, on {@code '*'}, in query joins,
 * and the revoke-in-use check) or a test whether the list is empty, which only skips the group
 * branch; a group without any row matches no row of either. Camunda's own Cockpit plugin queries
 * already pass the user's groups unfiltered. Nulls and repeats are dropped as the filter did.
 */
@Component
@Order(EnginePlugins.GROUP_CHECKS_WITHOUT_SCAN)
class GroupChecksWithoutScan extends AbstractProcessEnginePlugin {

    private final AuthorizationProperties properties;

    GroupChecksWithoutScan(AuthorizationProperties properties) {
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (properties.groupScan()) {
            return;
        }
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        // registered under Camunda's type, so that every command's getAuthorizationManager() opens this one
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new UnscannedGroups();
            }
        });
    }

    static final class UnscannedGroups extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
                return EMPTY_LIST;
            }
            // an ArrayList, as Camunda's: MyBatis calls its size() by reflection
            return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds.stream().filter(Objects::nonNull).toList()));
        }
    }
}
