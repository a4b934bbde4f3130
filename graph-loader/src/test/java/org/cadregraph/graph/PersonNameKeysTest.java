package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameKeysTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Kim Jong Un | kim jong un",
        "Kim Jong-un | kim jong un",
        "KIM  JONG‐UN | kim jong un",
        "Marshal Kim Jong Un | kim jong un",
        "respected Comrade Kim Jong Un | kim jong un",
        "General Secretary Kim Jong Un | kim jong un",
        "Cho Yong-won | jo yong won",
        "Choi Ryong-hae | choe ryong hae",
        "Lee Il-hwan | ri il hwan",
        "Yi Il Hwan | ri il hwan",
        "Park Pong-ju | pak pong ju",
        "Kim Chol | kim chol",
        "Marshal Kim | marshal kim",
      })
  void spellingsOfOneNameShareAKey(String name, String key) {
    assertThat(PersonNameKeys.key(name)).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ri Yong Chol | Ri Yong Chon",
        "Kim Jong Un | Kim Jong Il",
        "Choe Ryong Hae | Jo Ryong Hae",
      })
  void differentNamesKeepDifferentKeys(String a, String b) {
    assertThat(PersonNameKeys.key(a)).isNotEqualTo(PersonNameKeys.key(b));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"Kim Lee Chol | kim lee chol", "Ri Cho Ung | ri cho ung"})
  void romanizationTableAppliesToTheSurnameOnly(String name, String key) {
    assertThat(PersonNameKeys.key(name)).isEqualTo(key);
  }
}
