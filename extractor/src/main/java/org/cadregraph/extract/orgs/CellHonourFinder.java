package org.cadregraph.extract.orgs;

import java.util.List;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.Sentence;

/**
 * The cell-honour stage: the Party cells an article says were honoured, and with what title.
 * Implementations are stateless and thread-safe.
 */
public interface CellHonourFinder {

  /**
   * A cell honoured by the article: its unit as written, the honour, and the sentence giving it.
   */
  record Cell(String unit, String honour, Sentence sentence) {}

  /** The honoured cells, in text order. */
  List<Cell> find(List<AnalyzedSentence> sentences);

  /** "The Party cell of UNIT ..." followed by "... was honoured with the title of X". */
  static CellHonourFinder titleClause() {
    return new TitleClauseCellHonourFinder();
  }
}
