package org.cadregraph.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The graph side never depends on OpenNLP, the NLP side never on Neo4j; what crosses is the fact
 * records. The cli module sees every module's classes, so the rules across modules are checked
 * here, and packages form layers that only look down, in every module at once.
 */
class ModuleBoundariesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cadregraph");
  }

  @Test
  void graphLoaderDoesNotDependOnOpenNlp() {
    noClasses()
        .that()
        .resideInAPackage("org.cadregraph.graph..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("opennlp..")
        .check(classes);
  }

  @Test
  void extractorDoesNotDependOnNeo4j() {
    noClasses()
        .that()
        .resideInAPackage("org.cadregraph.extract..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.neo4j..")
        .check(classes);
  }

  @Test
  void factsDependOnNeitherSide() {
    noClasses()
        .that()
        .resideInAPackage("org.cadregraph.facts..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.neo4j..", "opennlp..", "org.cadregraph.extract..", "org.cadregraph.graph..")
        .check(classes);
  }

  @Test
  void noPackageCyclesInAnyModule() {
    slices().matching("org.cadregraph.(**)").should().beFreeOfCycles().check(classes);
  }
}
