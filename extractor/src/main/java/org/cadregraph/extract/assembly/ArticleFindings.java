package org.cadregraph.extract.assembly;

import java.util.List;
import java.util.Optional;
import org.cadregraph.extract.dateline.Dateline;
import org.cadregraph.extract.events.ArticleEvent;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.orgs.CellHonourFinder;
import org.cadregraph.extract.orgs.PartOfExtractor;
import org.cadregraph.extract.text.NormalizedText;

/**
 * Everything the stages found in one article, the input of {@link FactAssembler}. Immutable.
 *
 * @param meta what was known before the text was read
 * @param text the normalized text, with the map back to the original offsets
 * @param dateline the article's dateline, if it has one
 * @param title the title (first paragraph), or null
 * @param tokens the number of tokens read
 * @param sentences the analyzed sentences with their names and posts, in text order
 * @param containments the stand-alone containments of organization phrases, in text order
 * @param events the article's events, the main one first
 * @param cells the honoured Party cells
 */
public record ArticleFindings(
    ArticleMeta meta,
    NormalizedText text,
    Optional<Dateline> dateline,
    String title,
    int tokens,
    List<AnalyzedSentence> sentences,
    List<StatedContainment> containments,
    List<ArticleEvent> events,
    List<CellHonourFinder.Cell> cells) {

  /** A containment an organization phrase of a sentence states outside any post. */
  public record StatedContainment(PartOfExtractor.Containment containment, Sentence sentence) {}

  public ArticleFindings {
    if (meta == null || text == null || dateline == null) {
      throw new IllegalArgumentException("findings need the article's meta, text and dateline");
    }
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens must not be negative, got " + tokens);
    }
    sentences = List.copyOf(sentences);
    containments = List.copyOf(containments);
    events = List.copyOf(events);
    cells = List.copyOf(cells);
  }

  /** An article whose text was not analyzed (another language): its record and nothing else. */
  public static ArticleFindings unanalyzed(
      ArticleMeta meta, NormalizedText text, Optional<Dateline> dateline, String title) {
    return new ArticleFindings(
        meta, text, dateline, title, 0, List.of(), List.of(), List.of(), List.of());
  }
}
