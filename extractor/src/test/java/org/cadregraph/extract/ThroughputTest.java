package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.cadregraph.extract.nlp.NlpModels;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's speed rule: the whole extractor runs at no less than half the throughput of bare
 * OpenNLP sentence detection + tokenization + POS tagging over the same texts. Runs with -Pheavy
 * (it times work, so it stays out of the default suite) and where ../shared is present.
 */
class ThroughputTest {

  @Test
  void extractorKeepsAtLeastHalfOfOpenNlpThroughput() throws Exception {
    assumeTrue(Boolean.getBoolean("cadregraph.heavy"), "runs with -Pheavy");
    Path shared = TestSupport.shared();
    assumeTrue(shared != null, "../shared not present");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> list = Files.list(shared.resolve("corpus/bulk"))) {
      for (Path p : list.sorted().limit(300).toList()) {
        texts.add(Files.readString(p));
      }
    }
    NlpModels models = NlpModels.fromClasspath();
    Extractor extractor = TestSupport.extractor();
    for (int warm = 0; warm < 2; warm++) {
      baseline(models, texts);
      full(extractor, texts);
    }
    long t0 = System.nanoTime();
    long tokens = baseline(models, texts);
    long t1 = System.nanoTime();
    full(extractor, texts);
    long t2 = System.nanoTime();
    double base = tokens / ((t1 - t0) / 1e9);
    double whole = tokens / ((t2 - t1) / 1e9);
    System.out.printf("throughput: OpenNLP sentence+token+POS %.0f tokens/s, full extractor %.0f tokens/s (%.0f%%)%n",
        base, whole, 100 * whole / base);
    assertThat(whole).isGreaterThanOrEqualTo(0.5 * base);
  }

  private static long baseline(NlpModels models, List<String> texts) {
    SentenceDetectorME sd = new SentenceDetectorME(models.sentences());
    TokenizerME tk = new TokenizerME(models.tokens());
    POSTaggerME pos = new POSTaggerME(models.pos(), POSTagFormat.PENN);
    long tokens = 0;
    for (String t : texts) {
      for (String s : sd.sentDetect(t.replaceAll("\\s+", " "))) {
        String[] words = tk.tokenize(s);
        pos.tag(words);
        tokens += words.length;
      }
    }
    return tokens;
  }

  private static void full(Extractor extractor, List<String> texts) {
    int i = 0;
    for (String t : texts) {
      extractor.extract("t" + i++, t);
    }
  }
}
