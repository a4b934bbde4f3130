package org.cadregraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.cadregraph.extract.nlp.NlpModels;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.Participation;

/**
 * Shared by the tests: one extractor per test JVM (the models load once) and the shared corpora.
 */
public final class TestSupport {
  private static Extractor extractor;
  private static NlpModels models;

  private TestSupport() {}

  /** The OpenNLP models, loaded once per test JVM. */
  public static synchronized NlpModels models() {
    if (models == null) {
      models = NlpModels.fromClasspath();
    }
    return models;
  }

  public static synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = Extractor.create(ExtractorConfig.defaults(), models());
    }
    return extractor;
  }

  /**
   * ../shared relative to the module, or the folder named by -Dcadregraph.shared; null when absent.
   */
  public static Path shared() {
    String prop = System.getProperty("cadregraph.shared");
    Path p = prop != null ? Paths.get(prop) : Paths.get("..", "..", "shared");
    return Files.isDirectory(p) ? p : null;
  }

  /** "person | role | organization" of each holds fact, in order. */
  public static List<String> holds(List<Fact> facts) {
    return facts.stream()
        .filter(f -> f instanceof Holds)
        .map(f -> (Holds) f)
        .map(h -> h.person() + " | " + h.role() + " | " + h.organization())
        .collect(Collectors.toList());
  }

  /** "person as kind" of each participation fact, in order. */
  public static List<String> participations(List<Fact> facts) {
    return facts.stream()
        .filter(f -> f instanceof Participation)
        .map(f -> (Participation) f)
        .map(p -> p.person() + " as " + p.kind().jsonName())
        .collect(Collectors.toList());
  }
}
