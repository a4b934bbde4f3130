package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.cadregraph.extract.nlp.NlpModels;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactJson;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's figures, measured and printed, never asserted (timings depend on the machine and its
 * load): tokens per second of bare OpenNLP sentence detection + tokenization + POS tagging, and of
 * the whole extractor with one and two threads, over the same 300 bulk articles; per wall second
 * and per CPU second. What it does assert is that two threads give exactly the facts one gives.
 * Runs with -Pheavy and where ../shared is present.
 */
class ThroughputTest {

  @Test
  void measuresThroughputAndTwoThreadsGiveTheSameFacts() throws Exception {
    assumeTrue(Boolean.getBoolean("cadregraph.heavy"), "runs with -Pheavy");
    Path shared = TestSupport.shared();
    assumeTrue(
        shared != null && Files.isDirectory(shared.resolve("corpus/bulk")),
        "../shared not present");
    List<Path> files;
    try (Stream<Path> list = Files.list(shared.resolve("corpus/bulk"))) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().limit(300).toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path p : files) {
      texts.add(Files.readString(p));
    }
    NlpModels models = TestSupport.models();
    Extractor one = Extractor.create(ExtractorConfig.defaults(), models);
    Extractor two = Extractor.create(ExtractorConfig.defaults().withThreads(2), models);
    List<String> factsOne = new ArrayList<>();
    List<String> factsTwo = new ArrayList<>();
    for (int warm = 0; warm < 2; warm++) {
      floor(models, texts);
      factsOne.clear();
      factsTwo.clear();
      one.run(files, facts -> facts.forEach(f -> factsOne.add(FactJson.toJson(f))), p -> {});
      two.run(files, facts -> facts.forEach(f -> factsTwo.add(FactJson.toJson(f))), p -> {});
    }
    assertThat(factsTwo).isEqualTo(factsOne);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long tokens = floor(models, texts);
      long t1 = System.nanoTime();
      long c1 = cpu.getCurrentThreadCpuTime();
      long extracted = 0;
      for (int i = 0; i < texts.size(); i++) {
        extracted += tokensOf(one.extract("t" + i, texts.get(i)));
      }
      long t2 = System.nanoTime();
      long c2 = cpu.getCurrentThreadCpuTime();
      ExtractionSummary s1 = one.run(files, f -> {}, p -> {});
      long t3 = System.nanoTime();
      ExtractionSummary s2 = two.run(files, f -> {}, p -> {});
      long t4 = System.nanoTime();
      System.out.printf(
          "throughput round %d (%d articles): OpenNLP floor %.0f tokens/s (%.0f per CPU s);"
              + " extractor %.0f tokens/s (%.0f per CPU s); Extractor.run 1 thread %.0f tokens/s, 2"
              + " threads %.0f tokens/s%n",
          round,
          texts.size(),
          tokens / sec(t1 - t0),
          tokens / sec(c1 - c0),
          extracted / sec(t2 - t1),
          extracted / sec(c2 - c1),
          s1.tokens() / sec(t3 - t2),
          s2.tokens() / sec(t4 - t3));
    }
  }

  private static double sec(long nanos) {
    return nanos / 1e9;
  }

  private static long tokensOf(List<Fact> facts) {
    return ((org.cadregraph.facts.ArticleInfo) facts.get(0)).tokens();
  }

  private static long floor(NlpModels models, List<String> texts) {
    SentenceDetectorME sd = new SentenceDetectorME(models.sentences());
    TokenizerME tk = new TokenizerME(models.tokens());
    POSTaggerME pos = new POSTaggerME(models.pos(), POSTagFormat.PENN);
    long tokens = 0;
    for (String t : texts) {
      for (String paragraph : t.split("\n")) {
        for (String s : sd.sentDetect(paragraph)) {
          String[] words = tk.tokenize(s);
          pos.tag(words);
          tokens += words.length;
        }
      }
    }
    return tokens;
  }
}
