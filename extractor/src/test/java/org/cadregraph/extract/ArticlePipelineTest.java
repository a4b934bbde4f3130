package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.cadregraph.extract.ArticlePipeline.Paragraph;
import org.cadregraph.extract.dateline.Dateline;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.roles.RosterExtractor.Listed;
import org.cadregraph.facts.ListKind;
import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.PostStatus;
import org.junit.jupiter.api.Test;

class ArticlePipelineTest {

  private static final Dateline AT_20_TO_45 = new Dateline("Pyongyang", 4, 9, null, "KCNA", 20, 45);

  @Test
  void lineHoldingTheDatelineSplitsIntoTitleBeforeAndBodyAfter() {
    assertThat(ArticlePipeline.paragraphsOfLine(0, 80, true, Optional.of(AT_20_TO_45)))
        .containsExactly(new Paragraph(0, 20, true), new Paragraph(45, 80, false));
  }

  @Test
  void lineOpeningWithTheDatelineIsTheBodyAfterIt() {
    assertThat(ArticlePipeline.paragraphsOfLine(20, 80, false, Optional.of(AT_20_TO_45)))
        .containsExactly(new Paragraph(45, 80, false));
  }

  @Test
  void firstLineAndLinesBeforeTheDatelineAreTitles() {
    assertThat(ArticlePipeline.paragraphsOfLine(0, 10, true, Optional.empty()))
        .containsExactly(new Paragraph(0, 10, true));
    assertThat(ArticlePipeline.paragraphsOfLine(11, 19, false, Optional.of(AT_20_TO_45)))
        .containsExactly(new Paragraph(11, 19, true));
    assertThat(ArticlePipeline.paragraphsOfLine(46, 80, false, Optional.of(AT_20_TO_45)))
        .containsExactly(new Paragraph(46, 80, false));
  }

  @Test
  void aRosterRunInOneBodyIsRankedInTheTextsOrder() {
    List<Listed> ranked =
        ArticlePipeline.ranked(
            List.of(
                listed("Kim Jong Un", "chairman", "national funeral committee", PostStatus.CURRENT),
                listed("Kim Yong Nam", "member", "national funeral committee", PostStatus.CURRENT),
                listed("Choe Yong Rim", "member", "national funeral committee", PostStatus.CURRENT),
                listed("Ri Su Yong", "member", "delegation of the WPK", PostStatus.CURRENT),
                listed("Kim Yong Il", "member", "delegation of the WPK", PostStatus.CURRENT),
                listed("Pak Pong Ju", "premier", "Cabinet", PostStatus.APPOINTED)));

    assertThat(ranked)
        .extracting(l -> l.finding().rank())
        .containsExactly(
            new ListRank(1, 3, ListKind.COMMITTEE),
            new ListRank(2, 3, ListKind.COMMITTEE),
            new ListRank(3, 3, ListKind.COMMITTEE),
            new ListRank(1, 2, ListKind.DELEGATION),
            new ListRank(2, 2, ListKind.DELEGATION),
            null);
  }

  @Test
  void anAppointmentListUnderABodyIsRankedAsAppointed() {
    List<Listed> ranked =
        ArticlePipeline.ranked(
            List.of(
                listed("Pak Pong Ju", "premier", "Cabinet", PostStatus.APPOINTED),
                listed("Ro Tu Chol", "vice-premier", "Cabinet", PostStatus.APPOINTED)));

    assertThat(ranked)
        .extracting(l -> l.finding().rank())
        .containsExactly(
            new ListRank(1, 2, ListKind.APPOINTED), new ListRank(2, 2, ListKind.APPOINTED));
  }

  private static Listed listed(String name, String role, String body, PostStatus status) {
    return new Listed(
        0, new RoleFinding(new PersonName(name, 0, 1, true), role, body, status, null));
  }
}
