package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.cadregraph.extract.ArticlePipeline.Paragraph;
import org.cadregraph.extract.dateline.Dateline;
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
}
