package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.Fact;
import org.junit.jupiter.api.Test;

/**
 * Every file of ../shared/corpus/bulk goes through without exception or problem, each giving an
 * article record. By default a sample (every 25th file) keeps the suite fast; with -Pheavy
 * (-Dcadregraph.heavy=true) every file runs. Skips where ../shared is absent.
 */
class BulkRobustnessTest {

  @Test
  void bulkArticlesExtractWithoutProblems() throws Exception {
    Path shared = TestSupport.shared();
    assumeTrue(
        shared != null && Files.isDirectory(shared.resolve("corpus/bulk")),
        "../shared/corpus/bulk not present");
    boolean heavy = Boolean.getBoolean("cadregraph.heavy");
    List<Path> files;
    try (Stream<Path> list = Files.list(shared.resolve("corpus/bulk"))) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Path> chosen = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (heavy || i % 25 == 0) {
        chosen.add(files.get(i));
      }
    }
    List<String> problems = new ArrayList<>();
    List<List<Fact>> articles = new ArrayList<>();
    ExtractionSummary s =
        Extractor.create(ExtractorConfig.defaults().withThreads(2), TestSupport.models())
            .run(chosen, articles::add, p -> problems.add(p.line()));
    assertThat(problems).isEmpty();
    assertThat(s.files()).isEqualTo(chosen.size());
    assertThat(articles).allSatisfy(a -> assertThat(a.get(0)).isInstanceOf(ArticleInfo.class));
    assertThat(articles).allSatisfy(a -> assertThat(((ArticleInfo) a.get(0)).date()).isNotNull());
  }
}
