package org.cadregraph.extract.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Containments read from nested organization phrases (phrases quoted from archive reports). */
class NestedPhrasePartOfExtractorTest {

  private final NestedPhrasePartOfExtractor extractor = new NestedPhrasePartOfExtractor();

  private List<String> pairs(String phrase) {
    return extractor.extract(phrase).stream().map(c -> c.child() + " < " + c.parent()).toList();
  }

  @Test
  void aCountryIsNoParentBody() {
    assertThat(pairs("Central Committee of the Communist Party of the Russian Federation"))
        .containsExactly("Central Committee < Communist Party");
    assertThat(pairs("Workers' World Party of the United States of America")).isEmpty();
  }

  @Test
  void aNumberedTermIsNamedWithItsBody() {
    assertThat(
            pairs(
                "Second Session of the 22nd Central Committee of the General Association of Korean"
                    + " Residents in Japan"))
        .contains(
            "Second Session < 22nd Central Committee of the General Association of Korean"
                + " Residents");
  }

  @Test
  void aBareCentralCommitteeAbbreviationIsNamedWithItsParty() {
    assertThat(pairs("Political Bureau of the C.C., the Communist Party of China"))
        .contains("Political Bureau < C.C., the Communist Party of China");
  }

  @Test
  void aBareLowerCaseNounRefersBackAndIsNoParent() {
    assertThat(pairs("organizing committee of the festival")).isEmpty();
    assertThat(pairs("organizing committee of the fair")).isEmpty();
  }

  @Test
  void aPurposePhraseIsNotSplitAtItsOf() {
    assertThat(pairs("European Regional Society for the Study of the Juche Idea")).isEmpty();
    assertThat(pairs("Nigerian National Committee for the Study of the Juche Idea")).isEmpty();
  }
}
