package org.cadregraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMatchTest {

  @Test
  void personKeyIgnoresCaseHyphensAndSpacingOfTheGivenName() {
    assertThat(TextMatch.personKey("Kim Jong-un"))
        .isEqualTo(TextMatch.personKey("KIM Jong Un"))
        .isEqualTo("kim jongun");
  }

  @Test
  void cleanStraightensQuotesDropsPunctuationAndLeadingArticles() {
    assertThat(TextMatch.clean("The  Minister of People\u2019s Armed Forces, "))
        .isEqualTo("minister of people's armed forces");
  }

  @Test
  void combiningMarksAreNotWordCharacters() {
    // NFKC composes e + acute; a lone combining mark is punctuation to Python's \w
    assertThat(TextMatch.clean("Caf\u0065\u0301")).isEqualTo("caf\u00e9");
    assertThat(TextMatch.clean("a\u0301b")).isEqualTo("\u00e1b");
    assertThat(TextMatch.clean("x \u0301y")).isEqualTo("x y");
  }

  @Test
  void postJoinsRoleAndOrganizationWithoutArticles() {
    assertThat(TextMatch.post("member", "political bureau of the c.c"))
        .isEqualTo(TextMatch.post("member of the political bureau", "c.c"));
    assertThat(TextMatch.post("minister of the people's armed forces", null))
        .isEqualTo(TextMatch.post("minister", "people's armed forces"));
    assertThat(TextMatch.post(null, "cabinet")).isNull();
  }

  @Test
  void lenientOrganizationAcceptsOverlapOrALongerChain() {
    assertThat(
            TextMatch.orgMatch(
                "workshop no. 3 of taesong station",
                "workshop no. 3 of taesong station under ministry of railways",
                true))
        .isTrue();
    assertThat(TextMatch.orgMatch("sunghwa farm", "sunghwa farm in unsan county", true)).isFalse();
    assertThat(TextMatch.orgMatch("cabinet", null, true)).isFalse();
  }

  @Test
  void wholeNamesOnlyStandInTheText() {
    String text = TextMatch.clean("Kim Jong Un met Pak Pong Ju's delegation.");
    assertThat(TextMatch.namedInText("Kim Jong-Un", text)).isTrue();
    assertThat(TextMatch.namedInText("Pak Pong", text)).isTrue();
    assertThat(TextMatch.namedInText("Pak Pong Ju", text)).isFalse();
    assertThat(TextMatch.namedInText("Kim", text)).isFalse();
  }
}
