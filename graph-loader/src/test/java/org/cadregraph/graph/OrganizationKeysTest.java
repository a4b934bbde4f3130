package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationKeysTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Central Committee of the WPK | Central Committee of the Workers' Party of Korea",
        "WPK Central Committee | Central Committee of the Workers’ Party of Korea",
        "C.C. of the WPK | central committee of WPK",
        "the Korean People's Army | KPA",
        "Workers' Party of Korea (WPK) | WPK",
        "Political Bureau of the WPK Central Committee | Political Bureau of the Central Committee"
            + " of the Workers' Party of Korea",
        "SPA Standing Committee | Standing Committee of the Supreme People's Assembly",
        "DPRK State Affairs Commission | State Affairs Commission of the DPRK",
        "production office No. 3 under the Korean April 25 Scriptwriting Company | Production"
            + " Office No 3 of Korean April 25 Scriptwriting Company",
        "second work-team | Second work team",
        "State Affairs Commission of the DPRK | State Affairs Commission",
        "DPRK Cabinet | Cabinet",
        "Korean Workers' Party | WPK",
        "Presidium of the Political Bureau of the Party Central Committee | Presidium of the"
            + " Political Bureau of the WPK Central Committee",
      })
  void spellingsOfOneOrganizationShareAKey(String a, String b) {
    assertThat(OrganizationKeys.key(a)).isEqualTo(OrganizationKeys.key(b));
  }

  @Test
  void aPathAndTheFullPhraseShareAKey() {
    assertThat(
            OrganizationKeys.pathKey(
                List.of(
                    "second work-team",
                    "Workshop No. 3",
                    "Taesong External Constructor Training Station")))
        .isEqualTo(
            OrganizationKeys.key(
                "second work-team of the Workshop No. 3 of the Taesong External Constructor"
                    + " Training Station"))
        .isEqualTo(
            "second work team of workshop no 3 of taesong external constructor training station");
  }

  @Test
  void anElementThatNamesItsContainerAbsorbsIt() {
    assertThat(
            OrganizationKeys.pathKey(
                List.of("Presidium", "Political Bureau", "WPK Central Committee", "WPK")))
        .isEqualTo(
            OrganizationKeys.pathKey(
                List.of("Presidium", "Political Bureau", "Central Committee", "WPK")))
        .isEqualTo("presidium of political bureau of central committee of workers' party of korea");
  }

  @Test
  void theDprkItselfKeepsItsName() {
    assertThat(OrganizationKeys.key("DPRK")).isEqualTo("democratic people's republic of korea");
  }

  @Test
  void unitsOfTheSameNameInDifferentPlacesHaveDifferentKeys() {
    assertThat(OrganizationKeys.pathKey(List.of("second work-team", "Sunghwa Farm")))
        .isNotEqualTo(OrganizationKeys.pathKey(List.of("second work-team", "Workshop No. 3")));
  }
}
