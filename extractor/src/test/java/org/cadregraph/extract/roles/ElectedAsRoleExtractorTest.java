package org.cadregraph.extract.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadregraph.extract.TestSupport.extractor;
import static org.cadregraph.extract.TestSupport.holds;

import java.util.List;
import org.cadregraph.facts.Fact;
import org.junit.jupiter.api.Test;

/** Elections and appointments naming the post after "as"; the sentences quote archive reports. */
class ElectedAsRoleExtractorTest {

  private static List<Fact> extract(String body) {
    return extractor().extract("t.txt", "Test Report\nPyongyang, May 2 (KCNA) -- " + body);
  }

  @Test
  void electedNameAsPostGivesThePost() {
    assertThat(
            holds(
                extract(
                    "The Fourth Conference of the Workers' Party of Korea elected the dear"
                        + " respected Kim Jong Un as first secretary of the WPK on April 11.")))
        .contains("Kim Jong Un | first secretary | WPK");
    assertThat(
            holds(
                extract(
                    "The Fifth Session of the 12th Supreme People's Assembly of the Democratic"
                        + " People's Republic of Korea elected the dear respected Kim Jong Un as"
                        + " first chairman of the DPRK National Defence Commission (NDC).")))
        .anyMatch(h -> h.startsWith("Kim Jong Un | first chairman | DPRK National Defence"));
  }

  @Test
  void electedListOfNamesAsPluralPostGivesEachNameThePost() {
    assertThat(
            holds(
                extract(
                    "The session elected Kim Yong Nam, Choe Thae Bok and Yang Hyong Sop as members"
                        + " of the Presidium of the SPA.")))
        .contains(
            "Kim Yong Nam | member | Presidium of the SPA",
            "Choe Thae Bok | member | Presidium of the SPA",
            "Yang Hyong Sop | member | Presidium of the SPA");
  }

  @Test
  void nameWasAppointedAsPostGivesThePost() {
    assertThat(
            holds(
                extract(
                    "Kim Song Bin was appointed as chairman of the State Commission of Science and"
                        + " Technology.")))
        .contains("Kim Song Bin | chairman | State Commission of Science and Technology");
    assertThat(
            holds(
                extract(
                    "Kim Jong Un was elected as first secretary of the Workers' Party of Korea at"
                        + " its 4th Conference.")))
        .contains("Kim Jong Un | first secretary | Workers' Party of Korea");
  }
}
