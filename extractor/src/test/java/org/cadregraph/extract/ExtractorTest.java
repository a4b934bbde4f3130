package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadregraph.extract.TestSupport.extractor;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTest {
  private static final String ARTICLE =
      "Kim Jong Un Inspects Unit\n"
          + "Pyongyang, July 20 (KCNA) -- Kim Jong Un, general secretary of the WPK, inspected the"
          + " Hyesan Youth Mine.\n"
          + "He was accompanied by Jo Yong Won, secretary of the C.C., WPK.\n";

  @TempDir Path dir;

  private record Run(List<List<Fact>> articles, List<String> problems, ExtractionSummary summary) {}

  private Run run(Extractor x, Path... inputs) {
    List<List<Fact>> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    ExtractionSummary s = x.run(List.of(inputs), articles::add, p -> problems.add(p.line()));
    return new Run(articles, problems, s);
  }

  private static ArticleInfo info(List<Fact> facts) {
    assertThat(facts.get(0)).isInstanceOf(ArticleInfo.class);
    return (ArticleInfo) facts.get(0);
  }

  @Test
  void folderWalkReadsOnlyArticleFilesInSortedOrderWithRelativeIds() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("b.txt"), ARTICLE);
    Files.writeString(dir.resolve("sub/a.text"), ARTICLE);
    Files.writeString(dir.resolve("INDEX.tsv"), "file\tpublished\n");
    Files.writeString(dir.resolve("facts.jsonl"), "{}");
    Run r = run(extractor(), dir);
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles())
        .extracting(a -> info(a).article())
        .containsExactly("b.txt", "sub/a.text");
  }

  @Test
  void fileNamedDirectlyIsReadWhateverItsExtension() throws Exception {
    Path f = Files.writeString(dir.resolve("report.dat"), ARTICLE);
    Run r = run(extractor(), f);
    assertThat(r.articles()).hasSize(1);
    assertThat(info(r.articles().get(0)).article()).isEqualTo("report.dat");
  }

  @Test
  void extractorRefusesAMissingConfigOrModelsNamingWhatIsMissing() {
    assertThatThrownBy(() -> Extractor.create(null, TestSupport.models()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("config must not be null")
        .hasMessageContaining("ExtractorConfig.defaults()");
    assertThatThrownBy(() -> Extractor.create(ExtractorConfig.defaults(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("models must not be null");
  }

  @Test
  void missingBinaryAndOversizedInputsAreReportedAndTheBatchGoesOn() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
    Path binary =
        Files.write(dir.resolve("bin.txt"), new byte[] {0x50, 0x4b, 0, 0, 1, 2, 3, 0, 0, 0});
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(5000));
    Extractor small =
        Extractor.create(
            ExtractorConfig.defaults().withMaxArticleChars(1000), TestSupport.models());
    Run r = run(small, dir.resolve("missing.txt"), binary, big, good);
    assertThat(r.problems()).hasSize(3);
    assertThat(r.problems().get(0)).contains("missing.txt").contains("no such file");
    assertThat(r.problems().get(1)).contains("bin.txt").contains("binary");
    assertThat(r.problems().get(2)).contains("big.txt").contains("too large");
    assertThat(r.articles()).hasSize(1);
    assertThat(r.summary().failed()).isEqualTo(3);
  }

  @Test
  void severalArticlesInOneFileGetNumberedIds() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("two.txt"),
            ARTICLE
                + "\n"
                + "Second Report\n"
                + "Pyongyang, July 21 (KCNA) -- Ri Il Hwan, secretary of the C.C., WPK, spoke.\n");
    Run r = run(extractor(), f);
    assertThat(r.articles())
        .extracting(a -> info(a).article())
        .containsExactly("two.txt#1", "two.txt#2");
    assertThat(info(r.articles().get(1)).title()).isEqualTo("Second Report");
  }

  @Test
  void dateComesFromDatelineWithYearFromFileNameThenIndexThenCommandLine() throws Exception {
    Files.writeString(dir.resolve("2024-07-21-0001.txt"), ARTICLE);
    Files.writeString(dir.resolve("plain.txt"), ARTICLE);
    Files.writeString(
        dir.resolve("INDEX.tsv"),
        "file\tsource_url\tpublished\nplain.txt\thttp://example.org/a\t2023-07-21\n");
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("undated.txt"), "No dateline here\nKim Jong Un spoke.\n");
    Run r =
        run(Extractor.create(ExtractorConfig.defaults().withYear(2011), TestSupport.models()), dir);
    assertThat(r.articles())
        .extracting(a -> info(a).article() + " " + info(a).date() + " " + info(a).dateSource())
        .containsExactly(
            "2024-07-21-0001.txt 2024-07-20 dateline+file-name",
            "other/undated.txt 2011 command-line",
            "plain.txt 2023-07-20 dateline+index");
    assertThat(info(r.articles().get(2)).sourceUrl()).isEqualTo("http://example.org/a");
    assertThat(info(r.articles().get(2)).agency()).isEqualTo("KCNA");
  }

  @Test
  void windows1252AndUtf16TextIsDecoded() throws Exception {
    Path cp1252 =
        Files.write(
            dir.resolve("a.txt"),
            (ARTICLE + "Caf\u00e9 \u2019quote\u2019.").getBytes(Charset.forName("windows-1252")));
    byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Path utf16 = Files.write(dir.resolve("b.txt"), withBom);
    Run r = run(extractor(), cp1252, utf16);
    assertThat(r.problems()).isEmpty();
    assertThat(TestSupport.holds(r.articles().get(0)))
        .isEqualTo(TestSupport.holds(r.articles().get(1)));
  }

  @Test
  void lineEndingsAndTabsDoNotChangeTheFacts() {
    List<Fact> lf = extractor().extract("a", ARTICLE);
    List<Fact> crlf = extractor().extract("a", ARTICLE.replace("\n", "\r\n"));
    List<Fact> tabs = extractor().extract("a", ARTICLE.replace(" ", "\t"));
    List<Fact> wrapped =
        extractor().extract("a", ARTICLE.replace("general secretary", "general\nsecretary"));
    assertThat(withoutOffsets(crlf)).isEqualTo(withoutOffsets(lf));
    assertThat(withoutOffsets(tabs)).isEqualTo(withoutOffsets(lf));
    assertThat(TestSupport.holds(wrapped)).isEqualTo(TestSupport.holds(lf));
  }

  @Test
  void evidenceOffsetsPointIntoTheOriginalText() {
    String original = ARTICLE.replace(" ", "\t").replace("\n", "\r\n");
    for (Fact f : extractor().extract("a", original)) {
      if (f instanceof Holds h) {
        Evidence e = h.evidence();
        assertThat(original.substring(e.start(), e.end()).replaceAll("\\s+", " "))
            .isEqualTo(e.sentence());
      }
    }
  }

  @Test
  void threadsStillDeliverInInputOrder() throws Exception {
    for (int i = 0; i < 12; i++) {
      Files.writeString(dir.resolve(String.format("f%02d.txt", i)), ARTICLE);
    }
    Run r =
        run(Extractor.create(ExtractorConfig.defaults().withThreads(3), TestSupport.models()), dir);
    assertThat(r.articles())
        .extracting(a -> info(a).article())
        .containsExactly(
            "f00.txt", "f01.txt", "f02.txt", "f03.txt", "f04.txt", "f05.txt", "f06.txt", "f07.txt",
            "f08.txt", "f09.txt", "f10.txt", "f11.txt");
  }

  @Test
  void aBadConfigurationValueIsRefusedNamingIt() {
    assertThatThrownBy(() -> ExtractorConfig.defaults().withDate("July 2024"))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("July 2024");
    assertThatThrownBy(() -> ExtractorConfig.defaults().withThreads(0))
        .hasMessageContaining("threads");
  }

  @Test
  void everyPersonIsMentionedOnce() {
    List<Fact> facts = extractor().extract("a", ARTICLE);
    assertThat(facts.stream().filter(f -> f instanceof Mention).map(f -> ((Mention) f).person()))
        .containsExactly("Kim Jong Un", "Jo Yong Won");
  }

  private static List<String> withoutOffsets(List<Fact> facts) {
    List<String> out = new ArrayList<>();
    for (Fact f : facts) {
      String json = org.cadregraph.facts.FactJson.toJson(f);
      out.add(
          json.replaceAll("\"evidence\":\\{[^}]*\\}", "")
              .replaceAll("\"content_hash\":\"[0-9a-f]+\"", ""));
    }
    return out;
  }
}
