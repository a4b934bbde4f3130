package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cadregraph.graph.Careers.Tally;
import org.cadregraph.graph.Careers.Verdict;
import org.junit.jupiter.api.Test;

/** The rule across a name's reports: one career or two, and when to ask an analyst. */
class CareersTest {

  @Test
  void oneCareerIsOnePersonWhateverItsReports() {
    assertThat(new Tally(0, 306, 0).verdict()).isEqualTo(Verdict.ONE_CAREER);
    assertThat(new Tally(61, 0, 0).verdict()).isEqualTo(Verdict.ONE_CAREER);
    assertThat(new Tally(0, 0, 0).verdict()).isEqualTo(Verdict.ONE_CAREER);
  }

  @Test
  void twoCareersThatNeverTouchAreTwoPersons() {
    Verdict verdict = new Tally(61, 4, 0).verdict();

    assertThat(verdict).isEqualTo(Verdict.TWO_CAREERS);
    assertThat(verdict.split()).isTrue();
  }

  @Test
  void aCareerInOneReportOnlyIsTooThinToSplit() {
    assertThat(new Tally(243, 1, 0).verdict()).isEqualTo(Verdict.TOO_FEW_REPORTS);
    assertThat(new Tally(1, Careers.MIN_REPORTS, 0).verdict()).isEqualTo(Verdict.TOO_FEW_REPORTS);
    assertThat(new Tally(Careers.MIN_REPORTS, Careers.MIN_REPORTS, 0).verdict().split()).isTrue();
  }

  @Test
  void aReportGivingOnePersonBothCareersKeepsOnePersonForReview() {
    assertThat(new Tally(61, 4, 1).verdict()).isEqualTo(Verdict.CAREERS_TOUCH);
    assertThat(new Tally(0, 5, 1).verdict()).isEqualTo(Verdict.CAREERS_TOUCH);
    assertThat(new Tally(61, 4, 1).verdict().split()).isFalse();
  }

  @Test
  void theForeignServiceKeyFollowsTheVerdict() {
    assertThat(Careers.foreignServiceKey("ri yong ho", Verdict.TWO_CAREERS))
        .isEqualTo("ri yong ho @ foreign service");
    assertThat(Careers.foreignServiceKey("pak ui chun", Verdict.ONE_CAREER))
        .isEqualTo("pak ui chun");
    assertThat(Careers.foreignServiceKey("kim jong il", Verdict.TOO_FEW_REPORTS))
        .isEqualTo("kim jong il");
  }

  @Test
  void countsAreNeverNegative() {
    assertThatThrownBy(() -> new Tally(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
