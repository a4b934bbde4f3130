package org.cadregraph.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor's packages form layers that only look down: the sentence model at the bottom, the
 * lexicons and grammars above it, the stages above those (none importing another), fact assembly,
 * and the facade on top. Technique classes stay package-private behind their stage interface.
 */
class ExtractorArchitectureTest {

  private static final String ROOT = "org.cadregraph.extract";
  private static final List<String> STAGES =
      List.of("input", "text", "dateline", "nlp", "names", "roles", "orgs", "events");

  /**
   * The public types: what cli uses, the stage interfaces with the records they return, the model
   * the stages share, the lexicons, and fact assembly. Anything else is a technique and stays
   * package-private; add a type here only when another package really needs it.
   */
  private static final Set<String> PUBLIC_TYPES =
      Set.of(
          "Extractor",
          "ExtractorConfig",
          "ExtractionSummary",
          "assembly.ArticleFindings",
          "assembly.ArticleMeta",
          "assembly.FactAssembler",
          "dateline.ArticleSplitter",
          "dateline.Dateline",
          "dateline.DatelineParser",
          "events.ArticleEvent",
          "events.EventExtractor",
          "events.EventParticipation",
          "input.ArticleFile",
          "input.DocumentReader",
          "input.FolderIndex",
          "input.InputWalker",
          "input.RawDocument",
          "lexicon.PostGrammar",
          "lexicon.RoleLexicon",
          "lexicon.Romanization",
          "model.AnalyzedSentence",
          "model.Deadline",
          "model.ExtractionException",
          "model.ExtractionProblem",
          "model.NameIndex",
          "model.PersonName",
          "model.RoleFinding",
          "model.Sentence",
          "model.Token",
          "names.NameFinder",
          "names.PersonKeys",
          "nlp.NlpModels",
          "nlp.SentenceAnalyzer",
          "orgs.CellHonourFinder",
          "orgs.OrganizationPhraseFinder",
          "orgs.PartOfExtractor",
          "roles.RoleExtractor",
          "roles.RosterExtractor",
          "text.LanguageIdentifier",
          "text.NormalizedText",
          "text.TextNormalizer");

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cadregraph");
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.cadregraph.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void modelLooksAtNoOtherExtractorPackage() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packagesOf(above("lexicon"), true))
        .check(classes);
  }

  @Test
  void lexiconsLookOnlyAtTheModel() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".lexicon..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packagesOf(above(), true))
        .check(classes);
  }

  @Test
  void noStageImportsAnotherStageOrAnythingAbove() {
    for (String stage : STAGES) {
      List<String> others = new ArrayList<>(STAGES);
      others.remove(stage);
      others.add("assembly");
      others.add("eval");
      noClasses()
          .that()
          .resideInAPackage(ROOT + "." + stage + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(packagesOf(others, true))
          .check(classes);
    }
  }

  @Test
  void assemblyDoesNotLookUpAtTheFacade() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".assembly..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT, ROOT + ".eval..")
        .check(classes);
  }

  @Test
  void onlyTheListedTypesArePublic() {
    classes()
        .that()
        .resideInAPackage(ROOT + "..")
        .and()
        .resideOutsideOfPackage(ROOT + ".eval..")
        .and()
        .areTopLevelClasses()
        .and()
        .haveModifier(JavaModifier.PUBLIC)
        .should()
        .haveNameMatching(
            "\\Q" + ROOT + ".\\E(" + String.join("|", PUBLIC_TYPES).replace(".", "\\.") + ")")
        .because("technique classes stay package-private behind their stage interface")
        .check(classes);
  }

  /** The stages, assembly and eval, with {@code more}: every subpackage above the lexicons. */
  private static List<String> above(String... more) {
    List<String> out = new ArrayList<>(STAGES);
    out.add("assembly");
    out.add("eval");
    out.addAll(List.of(more));
    return out;
  }

  /** The packages named (subpackages of the extractor), and the facade's package when asked. */
  private static String[] packagesOf(List<String> names, boolean withFacade) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add(ROOT + "." + n + "..");
    }
    if (withFacade) {
      out.add(ROOT);
    }
    return out.toArray(String[]::new);
  }
}
