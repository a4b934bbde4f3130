package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.extract.model.ExtractionProblem;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactJson;
import org.cadregraph.facts.Holds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's bad inputs, each made at test time: every one gives a one-line problem "path: reason"
 * (or, where the text is only odd, the right facts), the other files of the batch are still
 * extracted, and nothing runs away.
 */
class BadInputTest {
  private static final String ARTICLE =
      "Kim Jong Un Inspects Unit\n"
          + "Pyongyang, July 20 (KCNA) -- Kim Jong Un, general secretary of the WPK, inspected the"
          + " Hyesan Youth Mine.\n"
          + "He was accompanied by Jo Yong Won, secretary of the C.C., WPK.\n";
  private static final List<String> ARTICLE_HOLDS =
      List.of("Kim Jong Un | general secretary | WPK", "Jo Yong Won | secretary | C.C., WPK");

  @TempDir Path dir;

  private record Run(List<List<Fact>> articles, List<String> problems, ExtractionSummary summary) {
    List<String> ids() {
      return articles.stream().map(a -> ((ArticleInfo) a.get(0)).article()).toList();
    }
  }

  private static Run run(Extractor x, Path... inputs) {
    List<List<Fact>> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    ExtractionSummary s = x.run(List.of(inputs), articles::add, p -> problems.add(p.line()));
    return new Run(articles, problems, s);
  }

  @Test
  void problemsNameTheFailedFileAndArticlesButNotAMissingInput() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("corpus/sub"));
    Files.write(folder.resolve("binary.txt"), new byte[] {'a', 0, 'b', 0});
    Files.writeString(folder.resolve("two.txt"), ARTICLE + "\n" + ARTICLE);
    Path missing = dir.resolve("missing.txt");
    List<ExtractionProblem> problems = new ArrayList<>();
    // No time at all: each article of two.txt is over its budget, after the file was read.
    Extractor x =
        Extractor.create(
            ExtractorConfig.defaults().withArticleTimeBudget(Duration.ofNanos(1)),
            TestSupport.models());

    x.run(List.of(missing, dir.resolve("corpus")), a -> {}, problems::add);

    assertThat(problems)
        .extracting(ExtractionProblem::fileId, ExtractionProblem::articles)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, List.of()),
            org.assertj.core.groups.Tuple.tuple("sub/binary.txt", List.of()),
            org.assertj.core.groups.Tuple.tuple("sub/two.txt", List.of("sub/two.txt#1")),
            org.assertj.core.groups.Tuple.tuple("sub/two.txt", List.of("sub/two.txt#2")));
    assertThat(problems.get(0).concernsArticleFile()).isFalse();
    assertThat(problems.get(1).line()).startsWith(folder.resolve("binary.txt") + ": binary data");
    assertThat(problems.get(3).line()).startsWith(folder.resolve("two.txt") + "#2: ");
  }

  /**
   * A bad file beside a good one: exactly one problem naming the bad file, the good one extracted.
   */
  private Run badBesideGood(Path bad) throws Exception {
    Path good = Files.writeString(dir.resolve("zz-good.txt"), ARTICLE);
    Run r = run(TestSupport.extractor(), bad, good);
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0)).startsWith(bad + ": ").doesNotContain("\n");
    assertThat(r.ids()).containsExactly("zz-good.txt");
    assertThat(TestSupport.holds(r.articles().get(0))).containsExactlyElementsOf(ARTICLE_HOLDS);
    return r;
  }

  private List<String> holdsOf(byte[] bytes, String name) throws Exception {
    Path f = Files.write(dir.resolve(name), bytes);
    Run r = run(TestSupport.extractor(), f);
    assertThat(r.problems()).isEmpty();
    return TestSupport.holds(r.articles().get(0));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void emptyFileIsReported() throws Exception {
    Run r = badBesideGood(Files.write(dir.resolve("empty.txt"), new byte[0]));
    assertThat(r.problems().get(0)).endsWith("empty file, no text to extract");
  }

  @Test
  void whitespaceOnlyFileIsReported() throws Exception {
    Run r = badBesideGood(Files.writeString(dir.resolve("blank.txt"), " \r\n\t\n   \u00A0\n"));
    assertThat(r.problems().get(0)).contains("white space");
  }

  @Test
  void randomBytesNamedTxtAreReportedAsBinary() throws Exception {
    byte[] noise = new byte[8192];
    new Random(5).nextBytes(noise);
    Run r = badBesideGood(Files.write(dir.resolve("noise.txt"), noise));
    assertThat(r.problems().get(0)).contains("binary data");
  }

  @Test
  void pngImageNamedTxtIsReportedAsBinary() throws Exception {
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1A,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      0,
      8,
      6,
      0,
      0,
      0
    };
    Run r = badBesideGood(Files.write(dir.resolve("photo.txt"), png));
    assertThat(r.problems().get(0)).contains("binary data");
  }

  @Test
  void invalidUtf8BytesInUtf8TextStillGiveTheFacts() throws Exception {
    // a stray 0xFF and a truncated two-byte sequence inside otherwise UTF-8 text with curly quotes
    String text = ARTICLE.replace("inspected", "\u201cinspected\u201d");
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    int cut = text.indexOf("He was");
    byte[] damaged =
        concat(
            Arrays.copyOfRange(utf8, 0, cut),
            new byte[] {(byte) 0xFF, (byte) 0xC3, ' '},
            Arrays.copyOfRange(utf8, cut, utf8.length));
    assertThat(holdsOf(damaged, "damaged.txt")).containsExactlyElementsOf(ARTICLE_HOLDS);
  }

  @Test
  void utf16WithByteOrderMarkGivesTheSameFactsAsUtf8() throws Exception {
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARTICLE.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARTICLE.getBytes(StandardCharsets.UTF_16BE));
    assertThat(holdsOf(le, "le.txt")).containsExactlyElementsOf(ARTICLE_HOLDS);
    assertThat(holdsOf(be, "be.txt")).containsExactlyElementsOf(ARTICLE_HOLDS);
    assertThat(holdsOf(ARTICLE.getBytes(StandardCharsets.UTF_16LE), "le-no-bom.txt"))
        .containsExactlyElementsOf(ARTICLE_HOLDS);
  }

  @Test
  void windows1252CurlyQuotesAreDecoded() throws Exception {
    byte[] cp1252 =
        ARTICLE
            .replace("the Hyesan Youth Mine", "the \u201cHyesan Youth Mine\u201d")
            .getBytes(Charset.forName("windows-1252"));
    assertThat(cp1252).contains((byte) 0x93, (byte) 0x94);
    Path f = Files.write(dir.resolve("cp1252.txt"), cp1252);
    Run r = run(TestSupport.extractor(), f);
    assertThat(r.problems()).isEmpty();
    assertThat(TestSupport.holds(r.articles().get(0))).containsExactlyElementsOf(ARTICLE_HOLDS);
    Holds first =
        (Holds)
            r.articles().get(0).stream().filter(x -> x instanceof Holds).findFirst().orElseThrow();
    assertThat(first.evidence().sentence())
        .contains("\"Hyesan Youth Mine\"")
        .doesNotContain("\uFFFD");
  }

  @Test
  void hundredMegabyteFileIsRefusedBySizeWithoutBeingRead() throws Exception {
    Path big = dir.resolve("huge.txt");
    byte[] chunk = ARTICLE.repeat(64).getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(big)) {
      for (long written = 0; written < 100L * 1024 * 1024; written += chunk.length) {
        out.write(chunk);
      }
    }
    Run r = badBesideGood(big);
    assertThat(r.problems().get(0))
        .contains("too large (" + Files.size(big) + " bytes")
        .contains("not read");
  }

  @Test
  void sizeIsCheckedBeforeTheContent() throws Exception {
    // binary content over the limit: "too large", not "binary", so its bytes were never read
    Path big = Files.write(dir.resolve("big.txt"), new byte[50_000]);
    Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
    Run r =
        run(
            Extractor.create(
                ExtractorConfig.defaults().withMaxArticleChars(10_000), TestSupport.models()),
            big,
            good);
    assertThat(r.problems())
        .containsExactly(
            big
                + ": too large (50000 bytes; the limit is 10000 characters, "
                + "ExtractorConfig.maxArticleChars); not read");
    assertThat(r.ids()).containsExactly("good.txt");
  }

  @Test
  void fiftyThousandWordParagraphWithoutFullStopEndsWithinItsBudget() throws Exception {
    Random random = new Random(11);
    String[] words = ARTICLE.replace(".", "").replace("\n", " ").split(" ");
    StringBuilder text = new StringBuilder("Endless Report\n");
    for (int i = 0; i < 50_000; i++) {
      text.append(words[random.nextInt(words.length)]).append(' ');
    }
    Path endless = Files.writeString(dir.resolve("endless.txt"), text);
    Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
    Extractor x =
        Extractor.create(
            ExtractorConfig.defaults().withArticleTimeBudget(Duration.ofSeconds(30)),
            TestSupport.models());
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> run(x, endless, good));
    // on a fast machine it is extracted, on a slow one abandoned at the budget: either way the
    // batch goes on
    if (r.problems().isEmpty()) {
      assertThat(r.ids()).containsExactly("endless.txt", "good.txt");
    } else {
      assertThat(r.problems())
          .singleElement()
          .asString()
          .startsWith(endless + ": time budget of 30000 ms exceeded");
      assertThat(r.ids()).containsExactly("good.txt");
    }
    assertThat(TestSupport.holds(r.articles().get(r.articles().size() - 1)))
        .containsExactlyElementsOf(ARTICLE_HOLDS);
  }

  @Test
  void fiveThousandNamesInOneListEachBecomeAMember() throws Exception {
    String[] surnames = {"Kim", "Ri", "Pak", "Choe", "Jo", "Kang", "Han", "Yun", "Rim", "Hong"};
    String[] syllables = {
      "Chol", "Su", "Yong", "Il", "Nam", "Hyok", "Myong", "Sun", "Gwang", "Hui", "Song", "Hak",
      "Min", "Ok", "Ryong", "Thae", "Mu", "Gum", "Hyon", "Sang", "Jun", "Bok", "Dok", "Chun", "Sok"
    };
    List<String> names = new ArrayList<>();
    for (String s : surnames) {
      for (String a : syllables) {
        for (String b : syllables) {
          if (names.size() < 5000) {
            names.add(s + " " + a + " " + b);
          }
        }
      }
    }
    String text =
        "Funeral Committee Formed\n"
            + "Pyongyang, May 1 (KCNA) -- The national funeral committee is composed of the"
            + " following persons: "
            + String.join(", ", names)
            + ".\n";
    Path list = Files.writeString(dir.resolve("list.txt"), text);
    Run r =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(TestSupport.extractor(), list));
    assertThat(r.problems()).isEmpty();
    List<String> holds = TestSupport.holds(r.articles().get(0));
    assertThat(holds).hasSize(5000);
    assertThat(holds).allMatch(h -> h.endsWith(" | member | national funeral committee"));
    assertThat(holds.get(4999)).startsWith(names.get(4999) + " |");
  }

  @Test
  void truncatedAndCorruptPdfsAreReported() throws Exception {
    byte[] pdf =
        pdfSaying("Kim Jong Un, general secretary of the WPK, inspected the Hyesan Youth Mine.");
    Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    Path garbage =
        Files.writeString(
            dir.resolve("garbage.pdf"),
            "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF");
    Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
    Run r = run(TestSupport.extractor(), truncated, garbage, good);
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problems().get(0))
        .startsWith(truncated + ": ")
        .containsAnyOf("corrupt", "no text");
    assertThat(r.problems().get(1)).startsWith(garbage + ": ").containsAnyOf("corrupt", "no text");
    assertThat(r.ids()).containsExactly("good.txt");
  }

  @Test
  void htmlWithoutArticleTextIsReported() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("404.html"),
            "<html><head><title>Page not found</title><script>var x = '<p>not"
                + " text</p>';</script></head><body><nav><ul><li><a"
                + " href='/'>Home</a></li></ul></nav>"
                + "<footer><p>Copyright</p></footer></body></html>");
    Run r = badBesideGood(page);
    assertThat(r.problems().get(0)).contains("no article text");
  }

  @Test
  void namedPipeNamedLikeAnArticleIsNeverOpened() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Path fifo = folder.resolve("pipe.txt");
    assumeTrue(mkfifo(fifo), "mkfifo not available");
    Files.writeString(folder.resolve("zz-good.txt"), ARTICLE);
    // opening the pipe for reading would block for ever: the timeout turns that into a failure
    Run inFolder =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> run(TestSupport.extractor(), folder));
    Run named =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(TestSupport.extractor(), fifo));
    assertThat(inFolder.problems())
        .containsExactly(fifo + ": not a regular file (named pipe, socket or device); not opened");
    assertThat(inFolder.ids()).containsExactly("zz-good.txt");
    assertThat(named.problems())
        .containsExactly(fifo + ": not a regular file (named pipe, socket or device); not opened");
  }

  @Test
  void folderNamedLikeAnArticleIsWalkedNotRead() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Path fake = Files.createDirectories(folder.resolve("looks-like.txt"));
    Files.writeString(fake.resolve("inner.txt"), ARTICLE);
    Run r = run(TestSupport.extractor(), folder);
    assertThat(r.problems()).isEmpty();
    assertThat(r.ids()).containsExactly("looks-like.txt/inner.txt");
    assertThatThrownBy(
            () -> org.cadregraph.extract.input.DocumentReader.formatAware().read(fake, 1000))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("not a regular file");
  }

  @Test
  void symbolicLinkLoopsAreReportedAndCut() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("good.txt"), ARTICLE);
    Files.createSymbolicLink(folder.resolve("again"), folder);
    Files.createSymbolicLink(folder.resolve("a.txt"), folder.resolve("b.txt"));
    Files.createSymbolicLink(folder.resolve("b.txt"), folder.resolve("a.txt"));
    Run r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> run(TestSupport.extractor(), folder));
    assertThat(r.ids()).containsExactly("good.txt");
    assertThat(r.problems()).hasSize(3);
    assertThat(r.problems().get(0)).startsWith(folder.resolve("a.txt") + ": symbolic link loop");
    assertThat(r.problems().get(1)).startsWith(folder.resolve("again") + ": symbolic link loop");
    assertThat(r.problems().get(2)).startsWith(folder.resolve("b.txt") + ": symbolic link loop");
  }

  @Test
  void fileThatDisappearsBetweenListingAndReadingIsReported() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("a.txt"), ARTICLE);
    Path b = Files.writeString(folder.resolve("b.txt"), ARTICLE);
    Files.writeString(folder.resolve("c.txt"), ARTICLE);
    List<String> ids = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    // one worker reads the files in order after listing them all: the sink of the first deletes the
    // second
    TestSupport.extractor()
        .run(
            List.of(folder),
            facts -> {
              ids.add(((ArticleInfo) facts.get(0)).article());
              try {
                Files.deleteIfExists(b);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            p -> problems.add(p.line()));
    assertThat(problems).containsExactly(b + ": disappeared before it could be read");
    assertThat(ids).containsExactly("a.txt", "c.txt");
  }

  @Test
  void injectionAndControlCharactersStayPlainTextOnOneJsonLine() throws Exception {
    String title = "'}) DETACH DELETE n // `x` $x \"q\" {\"a\":1} \\n";
    String text =
        title
            + "\n"
            + "Pyongyang, May 2 (KCNA) -- Kim Chol Su, chairman of the O'Neil Friendship Committee,"
            + " said '}) DETACH DELETE n // and $x.\n"
            + "Pak Yong\n"
            + "Nam, director of the Ryugyong Bureau, said \"`$x`\" was present\u0001\u0007 with Ri"
            + " Su Il, secretary of the Workers' Party of Korea Committee of the {Ryongsong}"
            + " Works.\n";
    Path f = Files.writeString(dir.resolve("inject.txt"), text);
    Run r = run(TestSupport.extractor(), f);
    assertThat(r.problems()).isEmpty();
    List<Fact> facts = r.articles().get(0);
    assertThat(((ArticleInfo) facts.get(0)).title()).isEqualTo(title.replace('`', '\''));
    assertThat(TestSupport.holds(facts))
        .contains(
            "Kim Chol Su | chairman | O'Neil Friendship Committee",
            "Pak Yong Nam | director | Ryugyong Bureau",
            "Ri Su Il | secretary | Workers' Party of Korea Committee");
    assertThat(facts)
        .filteredOn(x -> x instanceof Holds)
        .map(x -> ((Holds) x).evidence().sentence())
        .anyMatch(e -> e.contains("'}) DETACH DELETE n // and $x."))
        .anyMatch(e -> e.contains("\u0001\u0007"));
    for (Fact fact : facts) {
      String json = FactJson.toJson(fact);
      assertThat(json).doesNotContain("\n", "\r", "\u0001", "\u0007");
      assertThat(FactJson.fromJson(json)).isEqualTo(fact);
    }
  }

  @Test
  void deadlineStopsABacktrackingPatternWhileItMatches() {
    Deadline d = Deadline.after(Duration.ofMillis(200), "test");
    // exponential backtracking (the back reference defeats java.util.regex's loop memo): hours
    // unguarded
    Pattern bad = Pattern.compile("((x+)\\2?)+y");
    long start = System.nanoTime();
    assertThatThrownBy(() -> bad.matcher(d.guard("x".repeat(40))).find())
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("time budget of 200 ms exceeded while extracting test");
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(30);
  }

  @Test
  void articleOverItsTimeBudgetIsAbandonedAndReported() throws Exception {
    String body = ARTICLE.substring(ARTICLE.indexOf("Kim Jong Un,"));
    Path slow = Files.writeString(dir.resolve("slow.txt"), "Long Report\n" + body.repeat(3000));
    Extractor x =
        Extractor.create(
            ExtractorConfig.defaults().withArticleTimeBudget(Duration.ofMillis(1)),
            TestSupport.models());
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(x, slow));
    assertThat(r.problems())
        .singleElement()
        .asString()
        .startsWith(slow + ": time budget of 1 ms exceeded while extracting slow.txt");
    assertThat(r.articles()).isEmpty();
  }

  @Test
  void spanishReportGivesItsArticleRecordButNoFacts() throws Exception {
    Path es =
        Files.writeString(
            dir.resolve("es.txt"),
            "Kim Jong Un inspecciona una granja\n"
                + "Pyongyang, 20 de julio (ACNC) -- El Secretario General del Partido del Trabajo"
                + " de Corea, Kim Jong Un, inspecciono la granja. Lo acompanaron Jo Yong Won,"
                + " secretario del Comite Central del Partido, y los funcionarios de la provincia."
                + " En la granja se informo sobre los resultados de las labores.\n");
    Run r = run(TestSupport.extractor(), es);
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a).singleElement().isInstanceOf(ArticleInfo.class);
              assertThat(((ArticleInfo) a.get(0)).title())
                  .isEqualTo("Kim Jong Un inspecciona una granja");
            });
  }

  private static byte[] pdfSaying(String line) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        content.newLineAtOffset(40, 700);
        content.showText(line);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static boolean mkfifo(Path p) {
    try {
      Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
      return proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0 && Files.exists(p);
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
