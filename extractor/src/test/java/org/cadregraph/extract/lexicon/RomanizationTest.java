package org.cadregraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanizationTest {

  @Test
  void givenNameSyllablesFollowTheRomanizationGrammar() {
    assertThat(Romanization.isGivenSyllable("Thaek")).isTrue();
    assertThat(Romanization.isGivenSyllable("Gyong")).isTrue();
    assertThat(Romanization.isGivenSyllable("Jong-un")).isTrue();
    assertThat(Romanization.isGivenSyllable("Inspects")).isFalse();
    assertThat(Romanization.isGivenSyllable("Academy")).isFalse();
    assertThat(Romanization.isGivenSyllable("jong")).isFalse();
  }

  @Test
  void commonSurnamesAreKnownAndNeverTakenForGivenNames() {
    assertThat(Romanization.isSurname("Choe")).isTrue();
    assertThat(Romanization.isSurname("Thak")).isTrue();
    assertThat(Romanization.isSurname("Smith")).isFalse();
    assertThat(Romanization.isGivenSyllable("Kim")).isFalse();
  }

  @Test
  void rarerSurnamesAreKnown() {
    // "Yon Hyong Muk", "Yon Jong Sul" in archive and bulk reports
    assertThat(Romanization.isSurname("Yon")).isTrue();
    // "Minister of Foreign Affairs Kung Sok Ung" in dozens of archive reports
    assertThat(Romanization.isSurname("Kung")).isTrue();
  }
}
