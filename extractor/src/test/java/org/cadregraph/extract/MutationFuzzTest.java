package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactJson;
import org.junit.jupiter.api.Test;

/**
 * Random edits of real articles (../shared/corpus/dev when present, else the test resources): spans
 * deleted, duplicated and swapped, random characters inserted (control characters, quotes, commas,
 * line breaks, non-Latin letters), case flipped, words glued together. Every mutant is extracted
 * without an exception and within the default time budget (which would throw), and each fact still
 * writes as one JSON line that reads back equal. Seeded, so a failure repeats.
 */
class MutationFuzzTest {

  private static final long SEED = 20_240_601L;
  private static final int MUTANTS = 300;

  /** Articles are cut to this many characters first: the edits matter, not the length. */
  private static final int MAX_CHARS = 1500;

  private static final String ODD =
      "\u0000\u0001\u0007\t\n\r\u000B\f ,,,..;:'\"`$}{)(][\\/-\u2013\u201c\u201d\u00A0\uFEFF\u200B"
          + "\u00e9\u00fc\uAC00\u4E2D\u0416\uFFFD\uD83D\uDE00";

  @Test
  void randomEditsOfRealArticlesNeverThrowOrRunAway() throws Exception {
    List<String> articles = articles();
    assertThat(articles).isNotEmpty();
    Random random = new Random(SEED);
    Extractor extractor = TestSupport.extractor();
    int withFacts = 0;
    for (int m = 0; m < MUTANTS; m++) {
      String original = articles.get(random.nextInt(articles.size()));
      String mutant = mutate(original.substring(0, Math.min(original.length(), MAX_CHARS)), random);
      String id = "mutant-" + m;
      List<Fact> facts;
      try {
        facts = extractor.extract(id, mutant);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(
            id + " (seed " + SEED + ") failed: " + e + "\n--- text ---\n" + mutant, e);
      }
      assertThat(facts.get(0)).isInstanceOf(ArticleInfo.class);
      for (Fact f : facts) {
        String json = FactJson.toJson(f);
        assertThat(json).doesNotContain("\n");
        assertThat(FactJson.fromJson(json)).isEqualTo(f);
      }
      withFacts += facts.size() > 1 ? 1 : 0;
    }
    // the mutants are still mostly articles: most of them keep some facts
    assertThat(withFacts).isGreaterThan(MUTANTS / 2);
  }

  private static String mutate(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && s.length() > 2; e++) {
      int a = random.nextInt(s.length());
      int b = Math.min(s.length(), a + 1 + random.nextInt(Math.max(1, s.length() / 8)));
      switch (random.nextInt(7)) {
        case 0 -> s.delete(a, b);
        case 1 -> s.insert(b, s.substring(a, b));
        case 2 -> {
          int c = random.nextInt(s.length());
          int d = Math.min(s.length(), c + (b - a));
          if (d <= a || c >= b) {
            String first = s.substring(a, b);
            String second = s.substring(c, d);
            if (c > a) {
              s.replace(c, d, first).replace(a, b, second);
            } else {
              s.replace(a, b, second).replace(c, d, first);
            }
          }
        }
        case 3 -> {
          for (int k = 0; k < 1 + random.nextInt(20); k++) {
            s.insert(random.nextInt(s.length() + 1), ODD.charAt(random.nextInt(ODD.length())));
          }
        }
        case 4 -> {
          for (int k = a; k < b; k++) {
            char c = s.charAt(k);
            s.setCharAt(
                k, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
          }
        }
        case 5 -> {
          for (int k = b - 1; k >= a; k--) {
            if (s.charAt(k) == ' ' && random.nextBoolean()) {
              s.deleteCharAt(k);
            }
          }
        }
        default ->
            s.insert(
                a,
                String.valueOf(ODD.charAt(random.nextInt(ODD.length())))
                    .repeat(1 + random.nextInt(600)));
      }
    }
    return s.toString();
  }

  private static List<String> articles() throws Exception {
    Path shared = TestSupport.shared();
    Path folder =
        shared != null && Files.isDirectory(shared.resolve("corpus/dev"))
            ? shared.resolve("corpus/dev")
            : resources();
    List<String> out = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static Path resources() throws URISyntaxException {
    return Path.of(MutationFuzzTest.class.getResource("/expected").toURI());
  }
}
