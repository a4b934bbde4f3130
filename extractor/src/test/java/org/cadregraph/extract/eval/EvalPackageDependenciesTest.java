package org.cadregraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluator depends on the facts module, Jackson, the JDK and the extractor's exception type
 * only, so that it scores any extractor's output and moves freely.
 */
class EvalPackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java/org/cadregraph/extract/eval");
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.cadregraph\\.[\\w.]+");
  private static final List<String> ALLOWED =
      List.of(
          "java.",
          "com.fasterxml.jackson.",
          "org.cadregraph.facts.",
          "org.cadregraph.extract.model.ExtractionException",
          "org.cadregraph.extract.eval.");

  @Test
  void importsOnlyTheFactsJacksonTheJdkAndTheExtractionException() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(SOURCES)) {
      files = list.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    for (Path f : files) {
      String source = Files.readString(f);
      Matcher imports = IMPORT.matcher(source);
      while (imports.find()) {
        String name = imports.group(1);
        assertThat(ALLOWED).as(f + " imports " + name).anyMatch(name::startsWith);
      }
      String body = IMPORT.matcher(source).replaceAll("");
      Matcher qualified = QUALIFIED.matcher(body.replaceFirst("package [\\w.]+;", ""));
      while (qualified.find()) {
        String name = qualified.group();
        assertThat(ALLOWED).as(f + " names " + name).anyMatch(name::startsWith);
      }
    }
  }
}
