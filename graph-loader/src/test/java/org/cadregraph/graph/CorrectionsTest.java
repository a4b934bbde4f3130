package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysts' corrections applied to the keys the rules give. */
class CorrectionsTest {
  private static final Corrections CORRECTIONS =
      new Corrections(
          List.of(
              new Correction(Correction.Kind.SAME_AS, "ri yong ho @ foreign service", "ri yong ho"),
              new Correction(Correction.Kind.DIFFERENT_FROM, "kim chol", "a.txt")));

  @Test
  void sameAsAndDifferentFromApplyToTheDecidedKey() {
    assertThat(CORRECTIONS.apply("ri yong ho @ foreign service", "b.txt")).isEqualTo("ri yong ho");
    assertThat(CORRECTIONS.apply("kim chol", "a.txt")).isEqualTo("kim chol ~ a.txt");
    assertThat(CORRECTIONS.apply("kim chol", "b.txt")).isEqualTo("kim chol");
  }

  @Test
  void onlyAKeyACorrectionNamesMayChange() {
    assertThat(CORRECTIONS.mayChange("ri yong ho @ foreign service")).isTrue();
    assertThat(CORRECTIONS.mayChange("kim chol")).isTrue();
    assertThat(CORRECTIONS.mayChange("ri yong ho")).isFalse();
    assertThat(Corrections.none().mayChange("kim chol")).isFalse();
  }
}
