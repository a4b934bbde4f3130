package org.cadregraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.cadregraph.extract.model.Deadline;
import org.junit.jupiter.api.Test;

class WireCopyTextNormalizerTest {
  private final WireCopyTextNormalizer normalizer = new WireCopyTextNormalizer();

  @Test
  void hardWrapsInsideSentencesAreJoinedAndParagraphsKept() {
    String text =
        normalizer
            .normalize(
                "Title line\n"
                    + "Kim Un\n"
                    + "Gyong spoke at the\r\n\r\n"
                    + "meeting. Then\n"
                    + "Next paragraph.\n"
                    + "Last one.",
                Deadline.none())
            .text();
    assertThat(text)
        .isEqualTo(
            "Title line\nKim Un Gyong spoke at the meeting. Then Next paragraph.\nLast one.");
  }

  @Test
  void wordsGluedToANameAreSplitUsingTheSpacedSpelling() {
    String text =
        normalizer
            .normalize(
                "T\n"
                    + "Kim Jong Un spoke. The respected ComradeKim Jong Uninspected it. WhenKim"
                    + " Jong Unarrived, headmaster,Kim Jong Unpaid homage.",
                Deadline.none())
            .text();
    assertThat(text)
        .contains(
            "Comrade Kim Jong Un inspected",
            "When Kim Jong Un arrived",
            "headmaster, Kim Jong Un paid");
  }

  @Test
  void institutionsAfterANameAreNotSplit() {
    String text =
        normalizer
            .normalize(
                "T\nHe graduated from Kim Chaek University of Technology atKim Il SungSquare.",
                Deadline.none())
            .text();
    assertThat(text).contains("Kim Chaek University of Technology", "at Kim Il Sung Square");
  }

  @Test
  void pastedParagraphJoinsBecomeBreaksButAbbreviationsStay() {
    String text =
        normalizer
            .normalize(
                "T\nHe was elected., ,  Kim Yong Nam, member of the C.C., the WPK, spoke, ,  Next.",
                Deadline.none())
            .text();
    assertThat(text)
        .isEqualTo("T\nHe was elected.\nKim Yong Nam, member of the C.C., the WPK, spoke\nNext.");
  }

  @Test
  void curlyQuotesDashesTabsAndTheEndMarkAreNormalized() {
    String text =
        normalizer
            .normalize("T\nWorkers\u2019\tParty \u2013 \u201cHurrah!\u201d -0-", Deadline.none())
            .text();
    assertThat(text).isEqualTo("T\nWorkers' Party - \"Hurrah!\"");
  }

  @Test
  void offsetsPointBackIntoTheOriginal() {
    String original = "T\r\n\tKim\tJong\tUn\tspoke.";
    NormalizedText n = normalizer.normalize(original, Deadline.none());
    int at = n.text().indexOf("Kim");
    assertThat(original.substring(n.originalOffset(at), n.originalOffset(at) + 3)).isEqualTo("Kim");
    int spoke = n.text().indexOf("spoke");
    assertThat(original.substring(n.originalOffset(spoke))).startsWith("spoke");
  }

  // Mail quoting, table borders and "=" separators were stripped from the archive and bulk copies,
  // so these tests read constructed lines in the layout of old mailing-list and web copies.

  @Test
  void mailingListQuotePrefixesAreRemovedBeforeWrapsAreJoined() {
    NormalizedText n =
        normalizer.normalize(
            ">Title\n>\n>Pyongyang, May 1 (KCNA) - Kim Il spoke at the\n> > meeting.\n",
            Deadline.none());
    assertThat(n.text())
        .isEqualTo("Title\nPyongyang, May 1 (KCNA) - Kim Il spoke at the meeting.\n");
    int at = n.text().indexOf("meeting");
    assertThat(n.originalOffset(at))
        .isEqualTo(">Title\n>\n>Pyongyang, May 1 (KCNA) - Kim Il spoke at the\n> > ".length());
  }

  @Test
  void equalsSignsBetweenListedPersonsBecomeSeparators() {
    String text =
        normalizer
            .normalize(
                "T\nPresent were Ri Il, chief of the general staff= Pak Su, minister of"
                    + " culture= and other officials.\nKim Ok and Jo Yun, members of the"
                    + " bureau= were there.",
                Deadline.none())
            .text();
    assertThat(text)
        .isEqualTo(
            "T\nPresent were Ri Il, chief of the general staff; Pak Su, minister of culture; and"
                + " other officials.\nKim Ok and Jo Yun, members of the bureau, were there.");
  }

  @Test
  void tableBordersAndDoubledStopsAreDropped() {
    String text =
        normalizer
            .normalize("T\nHe met Ri Il.. He left on Thursday. |\n|\nNext.", Deadline.none())
            .text();
    assertThat(text).isEqualTo("T\nHe met Ri Il. He left on Thursday.\nNext.");
  }
}
