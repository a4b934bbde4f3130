package org.cadregraph.extract.dateline;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a file holding several wire reports into its articles: where two or more datelines open
 * lines, each article runs from its title line (the last non-blank line before its dateline) to the
 * next article's title line. A file with fewer than two such datelines is one article. Stateless
 * and thread-safe.
 */
final class DatelineArticleSplitter implements ArticleSplitter {

  private final DatelineParser parser;

  DatelineArticleSplitter(DatelineParser parser) {
    this.parser = parser;
  }

  @Override
  public List<Piece> split(String text) {
    // tabs and odd spaces become plain spaces one for one, so offsets stay those of the text
    String flat = text.replace('\t', ' ').replace('\u00A0', ' ').replace('\u3000', ' ');
    List<Dateline> datelines = parser.findAllAtLineStarts(flat);
    List<Piece> pieces = new ArrayList<>();
    if (datelines.size() < 2) {
      pieces.add(new Piece(0, text.length()));
      return pieces;
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int k = 1; k < datelines.size(); k++) {
      int start = titleLineStart(flat, datelines.get(k).start());
      if (start > starts.get(starts.size() - 1)) {
        starts.add(start);
      }
    }
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
      pieces.add(new Piece(starts.get(k), end));
    }
    return pieces;
  }

  private static int titleLineStart(String text, int datelineStart) {
    int i = datelineStart - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return 0;
    }
    int lineStart = text.lastIndexOf('\n', i) + 1;
    return lineStart;
  }
}
