package org.careflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * CareFlow's modules and their boundaries. Each direct sub-package of {@code org.careflow} is a
 * module; its API is its top-level package (sub-packages are internal unless a
 * {@code @NamedInterface} exposes them). The build fails on a cycle between modules, on access to
 * another module's internals, and on a dependency a module's {@code @ApplicationModule} does not allow.
 */
class ModulesTest {

    static final Path DOCUMENTATION = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(CareFlowApplication.class);

    @Test
    void holdTheirBoundaries() {
        modules.verify();
    }

    /**
     * Writes docs/modules/: the modules and their dependencies as PlantUML (the whole and each
     * module with its neighbours) and a canvas per module (its API, beans, events and properties),
     * in place of what an earlier run wrote. docs/modules/README.md is kept.
     */
    @Test
    void writeTheirDocumentation() throws IOException {
        Files.createDirectories(DOCUMENTATION);
        try (Stream<Path> files = Files.list(DOCUMENTATION)) {
            for (Path file : files.filter(ModulesTest::generated).toList()) {
                Files.delete(file);
            }
        }
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION.toString()).withoutClean())
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }

    private static boolean generated(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".puml") || name.endsWith(".adoc");
    }
}
