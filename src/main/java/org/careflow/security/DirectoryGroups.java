package org.careflow.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.careflow.organisation.AsSystem;
import org.springframework.stereotype.Component;

/**
 * The council's directory groups in CareFlow's ids, for a bearer token and for a web sign-in alike:
 * each mapped by {@code careflow.oidc.groups.<careflow group>=<provider group>}, or taken as it is
 * where it is a CareFlow group by its own id; any other group is not CareFlow's and counts for nothing.
 */
@Component
class DirectoryGroups {

    private final OidcProperties properties;
    private final IdentityService identity;

    DirectoryGroups(OidcProperties properties, IdentityService identity) {
        this.properties = properties;
        this.identity = identity;
    }

    /** The user's CareFlow groups from the provider's claim (a list, or one group). */
    List<String> careflowGroups(Object claim) {
        List<String> given = new ArrayList<>();
        if (claim instanceof Iterable<?> list) {
            list.forEach(group -> given.add(String.valueOf(group)));
        } else if (claim instanceof String one) {
            given.add(one);
        }
        Map<String, String> byProviderGroup = new HashMap<>();
        properties.groups().forEach((careflow, provider) -> byProviderGroup.put(provider, careflow));
        Set<String> groups = new LinkedHashSet<>();
        List<String> unmapped = new ArrayList<>();
        for (String group : given) {
            String mapped = byProviderGroup.get(group);
            if (mapped != null) {
                groups.add(mapped);
            } else {
                unmapped.add(group);
            }
        }
        // a directory may list hundreds of groups: those CareFlow knows by their own id, in one query
        if (!unmapped.isEmpty()) {
            AsSystem.run(identity, () -> identity.createGroupQuery().groupIdIn(unmapped.toArray(String[]::new)).list())
                    .forEach(group -> groups.add(group.getId()));
        }
        return List.copyOf(groups);
    }
}
