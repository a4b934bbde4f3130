package org.cadregraph.extract.dateline;

import java.util.List;

/**
 * The splitting stage: the articles of a file that holds several wire reports. Implementations are
 * stateless and thread-safe.
 */
public interface ArticleSplitter {

  /** One article's range in the file's text. */
  record Piece(int start, int end) {}

  /** The articles' ranges in text order, covering the whole text; one piece for one article. */
  List<Piece> split(String text);

  /** Splits where two or more datelines open lines, each article starting at its title line. */
  static ArticleSplitter onDatelines(DatelineParser parser) {
    return new DatelineArticleSplitter(parser);
  }
}
