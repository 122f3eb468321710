package org.careflow.modelling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.careflow.organisation.Organisation;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The shipped models and forms, to deploy as a process owner would from Camunda Modeler, changed or not. */
public final class Models {

    public static final String PASSWORD = "demo";

    private Models() {
    }

    public static String bpmn(String key) {
        return read("processes/" + key + ".bpmn");
    }

    public static String timescales() {
        return read("processes/timescales.dmn");
    }

    /** The timescales with the visit standard of a child protection plan changed from 10 working days to 2 weeks. */
    public static String fortnightlyVisits() {
        return change(change(timescales(),
                        "<outputEntry id=\"Amount_CpVisit\">\n          <text>10</text>",
                        "<outputEntry id=\"Amount_CpVisit\">\n          <text>2</text>"),
                "<outputEntry id=\"Unit_CpVisit\">\n          <text>\"working-days\"</text>",
                "<outputEntry id=\"Unit_CpVisit\">\n          <text>\"weeks\"</text>");
    }

    /** Changes every occurrence of {@code what}, as a process owner would; fails if the model no longer has it. */
    public static String change(String model, String what, String with) {
        if (!model.contains(what)) {
            throw new IllegalStateException("The model no longer contains " + what);
        }
        return model.replace(what, with);
    }

    /** Every form of forms/, by file name, as a process owner picks them under "Include additional files". */
    public static Map<String, String> forms() {
        Map<String, String> forms = new LinkedHashMap<>();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath:forms/*.form")) {
                forms.put(form.getFilename(), form.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    public static Map<String, String> withForms(String fileName, String model) {
        Map<String, String> files = new LinkedHashMap<>(forms());
        files.put(fileName, model);
        return files;
    }

    /**
     * The request Camunda Modeler's Deploy sends to {@code POST /engine-rest/deployment/create}: it
     * leaves out the files unchanged since the last deployment of the same name.
     */
    public static MultiValueMap<String, Object> modelerDeployment(String name, Map<String, String> files) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", name);
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("deploy-changed-only", "true");
        files.forEach((fileName, content) -> parts.add(fileName, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }));
        return parts;
    }

    /** A user who is a process owner and nothing else, so that the group's own grants are what is tested. */
    public static String newProcessOwner(IdentityService identityService) {
        User user = identityService.newUser("po." + UUID.randomUUID().toString().substring(0, 8));
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(user.getId(), Organisation.PROCESS_OWNERS);
        return user.getId();
    }

    private static String read(String path) {
        try {
            return new PathMatchingResourcePatternResolver().getResource("classpath:" + path)
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
