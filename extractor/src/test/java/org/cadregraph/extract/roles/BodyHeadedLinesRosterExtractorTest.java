package org.cadregraph.extract.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadregraph.extract.TestSupport.extractor;
import static org.cadregraph.extract.TestSupport.holds;

import java.util.List;
import org.cadregraph.facts.Fact;
import org.junit.jupiter.api.Test;

/**
 * "Role Name" items under a body heading line. The items quote runs of "Role Name" found in archive
 * reports (a cabinet's ministers listed one after another); the heading lines and one item per line
 * are the layout of the original web pages, stripped from the archive and bulk copies, so that
 * layout is constructed here.
 */
class BodyHeadedLinesRosterExtractorTest {

  private static List<Fact> extract(String body) {
    return extractor().extract("t.txt", "Test Report\nPyongyang, May 2 (KCNA) -- " + body);
  }

  @Test
  void roleNameLinesUnderABodyHeadingArePostsOfThatBody() {
    assertThat(
            holds(
                extract(
                    "The following members were appointed at the session:\n\nThe DPRK Cabinet:\n\n"
                        + "Minister of Light Industry An Jong Su,\n"
                        + "Minister of Foodstuff and Daily Necessities Industry Jo Yong Chol,\n\n"
                        + "Chairman of the State Price Commission Ryang Ui Gyong\n")))
        .containsExactlyInAnyOrder(
            "An Jong Su | Minister of Light Industry | DPRK Cabinet",
            "Jo Yong Chol | Minister of Foodstuff and Daily Necessities Industry | DPRK Cabinet",
            "Ryang Ui Gyong | Chairman | State Price Commission");
  }

  @Test
  void twoRolesJoinedByAndBeforeOneNameAreTwoPosts() {
    assertThat(
            holds(
                extract(
                    "The following were appointed:\nCabinet of the DPRK\n"
                        + "Minister of Railways Jon Kil Su, Vice-Premier and Minister of Foreign"
                        + " Trade Ri Ryong Nam, Chairman of the Commission for Joint Venture and"
                        + " Investment Ri Kwang Gun\n")))
        .containsExactlyInAnyOrder(
            "Jon Kil Su | Minister of Railways | Cabinet of the DPRK",
            "Ri Ryong Nam | Vice-Premier | Cabinet of the DPRK",
            "Ri Ryong Nam | Minister of Foreign Trade | Cabinet of the DPRK",
            "Ri Kwang Gun | Chairman | Commission for Joint Venture and Investment");
  }

  @Test
  void aRunInProseWithoutAHeadingIsLeftToTheSentenceRules() {
    assertThat(
            holds(
                extract(
                    "Present there were Minister of Railways Jon Kil Su, Minister of Foreign Trade"
                        + " Ri Ryong Nam and officials concerned.")))
        .noneMatch(h -> h.endsWith("| Cabinet of the DPRK") || h.endsWith("| DPRK Cabinet"));
  }
}
