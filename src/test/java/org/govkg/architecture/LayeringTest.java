package org.govkg.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of govkg's packages: vocabulary at the bottom, extraction free of storage and
 * presentation, the store free of ingest and the web, and no package cycles (top-level packages,
 * and the sub-packages of extraction).
 */
class LayeringTest {
    private static final JavaClasses GOVKG = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.govkg");

    @Test
    void vocabularyDependsOnNothingOfGovkg() {
        noClasses().that().resideInAPackage("org.govkg.vocab..")
            .should().dependOnClassesThat(resideInAPackage("org.govkg..").and(not(resideInAPackage("org.govkg.vocab.."))))
            .check(GOVKG);
    }

    @Test
    void extractionDependsOnNeitherStorageNorPresentation() {
        noClasses().that().resideInAPackage("org.govkg.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("org.govkg.ingest..", "org.govkg.store..", "org.govkg.web..",
                "org.govkg.diagram..", "org.govkg.sparql..", "org.govkg.search..", "org.govkg.cli..", "org.govkg.bench..")
            .check(GOVKG);
    }

    @Test
    void storeDependsOnNeitherIngestNorWeb() {
        noClasses().that().resideInAPackage("org.govkg.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.govkg.ingest..", "org.govkg.web..", "org.govkg.cli..")
            .check(GOVKG);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("org.govkg.(*)..").should().beFreeOfCycles().check(GOVKG);
    }

    @Test
    void extractionSubPackagesHaveNoCycles() {
        slices().matching("org.govkg.extract.(*)..").should().beFreeOfCycles().check(GOVKG);
    }
}
