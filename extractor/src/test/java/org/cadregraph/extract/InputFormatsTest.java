package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.cadregraph.extract.input.FolderIndex;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages, PDF files and INDEX.tsv files in folders above the articles. */
class InputFormatsTest {
  private static final String BODY =
      "Pyongyang, July 20 (KCNA) -- Kim Jong Un, general secretary of the WPK, "
          + "inspected the Hyesan Youth Mine.";
  private static final String SECOND =
      "He was accompanied by Jo Yong Won, secretary of the C.C., WPK.";

  @TempDir Path dir;

  private record Run(List<List<Fact>> articles, List<String> problems) {}

  private static Run run(Path... inputs) {
    List<List<Fact>> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    TestSupport.extractor().run(List.of(inputs), articles::add, p -> problems.add(p.line()));
    return new Run(articles, problems);
  }

  private static ArticleInfo info(List<Fact> facts) {
    return (ArticleInfo) facts.get(0);
  }

  @Test
  void htmlPageGivesTheArticleTextNotThePageChromeAndItsCanonicalLink() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("page.html"),
            "<!DOCTYPE html><html><head><title>KCNA Watch | Kim Jong Un Inspects Mine</title><link"
                + " rel=\"canonical\" href=\"https://kcnawatch.example/newstream/123/\"><script>var"
                + " menu = 'Kim Il Sung, chairman of the Menu"
                + " Committee';</script></head><body><header><nav><ul><li>Home</li><li>Choe Ryong"
                + " Hae, president of the Sidebar Presidium</li></ul></nav></header><div"
                + " class=\"content\"><h1>Kim Jong Un Inspects Mine</h1><article><p>"
                + BODY
                + "</p><p>"
                + SECOND
                + "</p></article></div><aside><p>Related: Pak Pong Ju, premier of the Related"
                + " Cabinet</p></aside><footer><p>Copyright Ri Il Hwan, director of the Footer"
                + " Department</p></footer></body></html>");
    Run r = run(page);
    assertThat(r.problems()).isEmpty();
    List<Fact> facts = r.articles().get(0);
    assertThat(TestSupport.holds(facts))
        .containsExactly(
            "Kim Jong Un | general secretary | WPK", "Jo Yong Won | secretary | C.C., WPK");
    assertThat(info(facts).title()).isEqualTo("Kim Jong Un Inspects Mine");
    assertThat(info(facts).sourceUrl()).isEqualTo("https://kcnawatch.example/newstream/123/");
  }

  @Test
  void htmlPageWithoutArticleElementTakesTheBlockWithMostParagraphText() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("plain.htm"),
            "<html><head><title>Report</title></head><body>"
                + "<div id=\"menu\"><p>Home</p><p>About</p></div>"
                + "<div id=\"story\"><p>"
                + BODY
                + "</p><p>"
                + SECOND
                + "</p></div></body></html>");
    Run r = run(page);
    assertThat(r.problems()).isEmpty();
    assertThat(TestSupport.holds(r.articles().get(0)))
        .containsExactly(
            "Kim Jong Un | general secretary | WPK", "Jo Yong Won | secretary | C.C., WPK");
  }

  @Test
  void pdfTextIsExtractedLikePlainText() throws Exception {
    Path pdf = dir.resolve("2024-07-21-report.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
        content.setLeading(12);
        content.newLineAtOffset(30, 740);
        for (String line :
            List.of(
                "Kim Jong Un Inspects Mine",
                "Pyongyang, July 20 (KCNA) -- Kim Jong Un, general",
                "secretary of the WPK, inspected the Hyesan Youth Mine.",
                SECOND)) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      Files.write(pdf, out.toByteArray());
    }
    Run r = run(pdf);
    assertThat(r.problems()).isEmpty();
    List<Fact> facts = r.articles().get(0);
    // the hard wrap inside "general / secretary" is joined again
    assertThat(TestSupport.holds(facts))
        .containsExactly(
            "Kim Jong Un | general secretary | WPK", "Jo Yong Won | secretary | C.C., WPK");
    assertThat(info(facts).date()).isEqualTo("2024-07-20");
    assertThat(info(facts).title()).isEqualTo("Kim Jong Un Inspects Mine");
  }

  @Test
  void indexInAnAncestorFolderWithRelativePathsGivesDateAndSource() throws Exception {
    Path month = Files.createDirectories(dir.resolve("2011-01"));
    Files.writeString(month.resolve("a.txt"), "Kim Jong Un Inspects Mine\n" + BODY + "\n");
    Files.writeString(month.resolve("b.txt"), "Kim Jong Un Inspects Mine\n" + BODY + "\n");
    Files.writeString(
        dir.resolve("INDEX.tsv"),
        "file\tdate\tsource_url\n"
            + "2011-01/a.txt\t2011-07-21\thttp://example.org/a\n"
            + "./2011-01/b.txt\t2011-07-22\thttp://example.org/b\n");
    Run r = run(dir);
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles())
        .extracting(
            a ->
                info(a).article()
                    + " "
                    + info(a).date()
                    + " "
                    + info(a).dateSource()
                    + " "
                    + info(a).sourceUrl())
        .containsExactly(
            "2011-01/a.txt 2011-07-20 dateline+index http://example.org/a",
            "2011-01/b.txt 2011-07-20 dateline+index http://example.org/b");
  }

  @Test
  void theNearestIndexWinsAndNoIndexAboveTheNamedFolderIsRead() throws Exception {
    Path top = Files.createDirectories(dir.resolve("top"));
    Path month = Files.createDirectories(top.resolve("m"));
    Files.writeString(
        dir.resolve("INDEX.tsv"), "file\tdate\ntop/m/a.txt\t1999-01-01\ntop/m/b.txt\t1999-01-01\n");
    Files.writeString(
        top.resolve("INDEX.tsv"), "file\tdate\nm/a.txt\t2012-03-04\nm/b.txt\t2012-03-04\n");
    Files.writeString(month.resolve("INDEX.tsv"), "file\tdate\na.txt\t2011-05-06\n");
    FolderIndex index =
        new FolderIndex(
            p -> {
              throw new AssertionError(p);
            });
    assertThat(index.lookup(month.resolve("a.txt"), top).date()).isEqualTo("2011-05-06");
    assertThat(index.lookup(month.resolve("b.txt"), top).date()).isEqualTo("2012-03-04");
    assertThat(index.lookup(month.resolve("b.txt"), month)).isNull();
    assertThat(index.lookup(month.resolve("c.txt"), dir)).isNull();
  }

  @Test
  void archiveIndexDatesEveryArticleOfAMonth() throws Exception {
    Path shared = TestSupport.shared();
    assumeTrue(
        shared != null && Files.isRegularFile(shared.resolve("corpus/archive-2011-2012/INDEX.tsv")),
        "archive not present");
    Path archive = shared.resolve("corpus/archive-2011-2012");
    FolderIndex index =
        new FolderIndex(
            p -> {
              throw new AssertionError(p);
            });
    List<Path> files;
    try (var list = Files.list(archive.resolve("2011-01"))) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().limit(200).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      FolderIndex.Entry e = index.lookup(f, archive);
      assertThat(e).as(f.toString()).isNotNull();
      assertThat(e.date()).startsWith("2011-01");
      assertThat(e.sourceUrl()).startsWith("http");
    }
  }
}
