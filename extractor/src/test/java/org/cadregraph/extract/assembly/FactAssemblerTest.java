package org.cadregraph.extract.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cadregraph.extract.dateline.Dateline;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.model.Token;
import org.cadregraph.extract.orgs.CellHonourFinder;
import org.cadregraph.extract.orgs.PartOfExtractor;
import org.cadregraph.extract.text.NormalizedText;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.CellHonour;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.Mention;
import org.cadregraph.facts.PartOf;
import org.cadregraph.facts.PostStatus;
import org.junit.jupiter.api.Test;

class FactAssemblerTest {

  private static final String FIRST = "Kim Chol , secretary of the C.C. , spoke .";
  private static final String SECOND = "Kim Chol , secretary of the C.C. , left .";
  private static final String TEXT = "Title\n" + FIRST + "\n" + SECOND;

  private final FactAssembler assembler = new FactAssembler(PartOfExtractor.nestedPhrase(), "9.9");

  @Test
  void postStatedTwiceIsOneFactWithTheFirstSentenceAsEvidence() {
    Sentence s1 = sentence(FIRST, TEXT.indexOf(FIRST));
    Sentence s2 = sentence(SECOND, TEXT.indexOf(SECOND));
    List<Fact> facts =
        assembler.assemble(
            findings(
                meta(0),
                List.of(
                    posted(
                        s1,
                        "secretary",
                        "Organizational Department of the Workers' Party of Korea"),
                    posted(
                        s2,
                        "secretary",
                        "Organizational Department of the Workers' Party of Korea")),
                List.of()));

    List<Holds> holds = of(facts, Holds.class);
    assertThat(holds).hasSize(1);
    assertThat(holds.get(0).evidence().sentence()).isEqualTo(FIRST);
    assertThat(holds.get(0).orgPath())
        .containsExactly("Organizational Department", "Workers' Party of Korea");
    assertThat(of(facts, Mention.class)).extracting(Mention::person).containsExactly("Kim Chol");
  }

  @Test
  void containmentStatedInAPostAndAgainAsAPhraseIsOneFactWhateverTheParentsSpelling() {
    Sentence s1 = sentence(FIRST, TEXT.indexOf(FIRST));
    Sentence s2 = sentence(SECOND, TEXT.indexOf(SECOND));
    List<Fact> facts =
        assembler.assemble(
            findings(
                meta(0),
                List.of(
                    posted(
                        s1,
                        "secretary",
                        "Organizational Department of the Workers' Party of Korea"),
                    new AnalyzedSentence(s2, List.of(), List.of(), false)),
                List.of(
                    new ArticleFindings.StatedContainment(
                        new PartOfExtractor.Containment("Organizational Department", "WPK"), s2),
                    new ArticleFindings.StatedContainment(
                        new PartOfExtractor.Containment("General Staff", "KPA"), s2))));

    assertThat(of(facts, PartOf.class))
        .extracting(p -> p.child() + " in " + p.parent() + " @ " + p.evidence().sentence())
        .containsExactly(
            "Organizational Department in Workers' Party of Korea @ " + FIRST,
            "General Staff in KPA @ " + SECOND);
  }

  @Test
  void partsOfTheKeyAreNotConfusedWhenAValueHoldsTheSeparator() {
    Sentence s1 = sentence(FIRST, TEXT.indexOf(FIRST));
    List<Fact> facts =
        assembler.assemble(
            findings(
                meta(0),
                List.of(
                    new AnalyzedSentence(
                        s1,
                        List.of(KIM),
                        List.of(
                            new RoleFinding(KIM, "vice|chairman", "Committee", null, null),
                            new RoleFinding(KIM, "vice", "chairman|Committee", null, null)),
                        false)),
                List.of()));

    assertThat(of(facts, Holds.class))
        .extracting(Holds::role)
        .containsExactly("vice|chairman", "vice");
  }

  @Test
  void factsComeInTheirFixedOrderTheArticleRecordFirst() {
    Sentence s1 = sentence(FIRST, TEXT.indexOf(FIRST));
    ArticleFindings f =
        new ArticleFindings(
            meta(0),
            normalized(),
            Optional.empty(),
            "Title",
            12,
            List.of(posted(s1, "secretary", "Department of the C.C.")),
            List.of(),
            List.of(),
            List.of(new CellHonourFinder.Cell("Chollima Farm", "Model Unit", s1)));
    List<Fact> facts = assembler.assemble(f);

    assertThat(facts)
        .extracting(x -> x.getClass().getSimpleName())
        .containsExactly("ArticleInfo", "Holds", "PartOf", "Mention", "CellHonour");
    ArticleInfo info = (ArticleInfo) facts.get(0);
    assertThat(info.title()).isEqualTo("Title");
    assertThat(info.tokens()).isEqualTo(12);
    assertThat(info.extractorVersion()).isEqualTo("9.9");
    assertThat(of(facts, CellHonour.class).get(0).unit()).isEqualTo("Chollima Farm");
  }

  @Test
  void evidenceOffsetsPointIntoTheFileTheArticleCameFrom() {
    Sentence s1 = sentence(FIRST, TEXT.indexOf(FIRST));
    List<Fact> facts =
        assembler.assemble(findings(meta(1000), List.of(posted(s1, "secretary", null)), List.of()));

    Holds h = of(facts, Holds.class).get(0);
    assertThat(h.evidence().start()).isEqualTo(1000 + TEXT.indexOf(FIRST));
    assertThat(h.evidence().end()).isEqualTo(1000 + TEXT.indexOf(FIRST) + FIRST.length());
  }

  @Test
  void datelineGivesMonthAndDayTheKnownDateTheYearAndDecemberBeforeJanuaryIsLastYear() {
    ArticleMeta january = new ArticleMeta("a", "a.txt", "2012-01-02", "file-name", null, 0);
    Dateline december = new Dateline("Pyongyang", 12, 31, null, "KCNA", 6, 30);

    ArticleInfo info =
        (ArticleInfo)
            assembler
                .assemble(
                    ArticleFindings.unanalyzed(
                        january, normalized(), Optional.of(december), "Title"))
                .get(0);

    assertThat(info.date()).isEqualTo("2011-12-31");
    assertThat(info.dateSource()).isEqualTo("dateline+file-name");
    assertThat(info.agency()).isEqualTo("KCNA");
  }

  @Test
  void unanalyzedArticleGivesItsRecordOnly() {
    List<Fact> facts =
        assembler.assemble(
            ArticleFindings.unanalyzed(meta(0), normalized(), Optional.empty(), "Titulo"));

    assertThat(facts).hasSize(1);
    assertThat(((ArticleInfo) facts.get(0)).tokens()).isZero();
  }

  @Test
  void refusesToBeBuiltWithoutAPartOfStage() {
    assertThatThrownBy(() -> new FactAssembler(null, "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final PersonName KIM = new PersonName("Kim Chol", 0, 2, true);

  private static AnalyzedSentence posted(Sentence s, String role, String organization) {
    return new AnalyzedSentence(
        s,
        List.of(KIM),
        List.of(new RoleFinding(KIM, role, organization, PostStatus.CURRENT, null)),
        false);
  }

  private static ArticleMeta meta(int baseOffset) {
    return new ArticleMeta("a", "a.txt", "2012-04-09", "file-name", null, baseOffset);
  }

  private static NormalizedText normalized() {
    return new NormalizedText(TEXT, IntStream.rangeClosed(0, TEXT.length()).toArray());
  }

  private static ArticleFindings findings(
      ArticleMeta meta,
      List<AnalyzedSentence> sentences,
      List<ArticleFindings.StatedContainment> containments) {
    return new ArticleFindings(
        meta,
        normalized(),
        Optional.empty(),
        "Title",
        0,
        sentences,
        containments,
        List.of(),
        List.of());
  }

  /** A sentence of space-separated tokens starting at {@code start} of the text. */
  private static Sentence sentence(String text, int start) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    for (String w : text.split(" ")) {
      tokens.add(new Token(w, start + i, start + i + w.length(), ""));
      i += w.length() + 1;
    }
    return new Sentence(text, start, start + text.length(), tokens, 1);
  }

  private static <T> List<T> of(List<Fact> facts, Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
