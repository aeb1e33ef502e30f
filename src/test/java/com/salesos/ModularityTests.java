package com.salesos;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SalesOsApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        // the module map under target/spring-modulith-docs, written only from a verified structure
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
