package org.orienta;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_boundaries_and_declared_dependencies() {
        modules.verify();
    }

    @Test
    void writes_the_module_documentation() {
        // Diagrams and module canvases land in target/spring-modulith-docs, linked from the README.
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
