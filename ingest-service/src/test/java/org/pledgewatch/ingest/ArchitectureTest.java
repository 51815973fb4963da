package org.pledgewatch.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Domain code is plain Java: no framework, messaging, persistence or web types, and no knowledge of the layers around it. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pledgewatch.ingest");
    }

    @Test
    void domainCodeUsesNoFrameworkTypes() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.persistence..", "jakarta.ws.rs..", "jakarta.transaction..", "jakarta.enterprise..",
                        "jakarta.inject..", "org.apache.kafka..", "io.smallrye..", "io.quarkus..", "org.hibernate..",
                        "com.fasterxml.jackson..", "io.micrometer..", "io.opentelemetry..", "org.eclipse.microprofile..")
                .check(classes);
    }

    @Test
    void domainCodeDoesNotReachIntoOuterLayers() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..api..", "..messaging..", "..persistence..",
                        "..application..")
                .check(classes);
    }
}
