package org.cadregraph.facts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fact records are the bottom of every module: no package cycle among them, and nothing of
 * either side (the NLP or the graph libraries) reaches into them.
 */
class PackageLayersTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cadregraph.facts");
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.cadregraph.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void factsUseNeitherSidesLibraries() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.neo4j..", "opennlp..", "org.cadregraph.extract..", "org.cadregraph.graph..")
        .check(classes);
  }
}
