package org.cadregraph.graph;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers that only look down: the saved queries ({@code graph.query}) use the
 * loader package's keys, Cypher files and exception, and the loader package uses nothing above it.
 */
class PackageCyclesTest {

  @Test
  void packagesDependOnEachOtherWithoutCycles() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cadregraph");

    slices().matching("org.cadregraph.(**)").should().beFreeOfCycles().check(classes);
  }
}
