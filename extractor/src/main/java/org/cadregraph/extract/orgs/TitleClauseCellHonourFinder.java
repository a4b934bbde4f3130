package org.cadregraph.extract.orgs;

import java.util.ArrayList;
import java.util.List;
import org.cadregraph.extract.lexicon.PostGrammar;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.NameIndex;
import org.cadregraph.extract.model.Sentence;

/**
 * Finds Party cells an article honours: "the Party cell of UNIT ..." followed (in the same or a
 * later sentence) by "was honored with the title of X". Stateless and thread-safe.
 */
final class TitleClauseCellHonourFinder implements CellHonourFinder {

  @Override
  public List<Cell> find(List<AnalyzedSentence> sentences) {
    List<Cell> out = new ArrayList<>();
    String unit = null;
    for (AnalyzedSentence a : sentences) {
      Sentence s = a.sentence();
      NameIndex names = new NameIndex(a.names());
      for (int i = 0; i + 2 < s.size(); i++) {
        if (s.token(i).lower().equals("cell")
            && s.token(i + 1).is("of")
            && i > 0
            && s.token(i - 1).lower().equals("party")) {
          int end = PostGrammar.orgEnd(s, i + 2, names);
          String u = PostGrammar.orgText(s, i + 2, end);
          if (u != null) {
            unit = u;
          }
          break;
        }
      }
      for (int i = 0; i + 2 < s.size(); i++) {
        String w = s.token(i).lower();
        if ((w.equals("honored") || w.equals("honoured") || w.equals("awarded")) && unit != null) {
          for (int j = i + 1; j + 1 < s.size() && j < i + 5; j++) {
            if (s.token(j).is("title") && s.token(j + 1).is("of")) {
              int k = j + 2;
              while (k < s.size() && Character.isLetterOrDigit(s.token(k).text().charAt(0))) {
                k++;
              }
              if (k > j + 2) {
                out.add(new Cell(unit, s.span(j, k), s));
              }
              break;
            }
          }
        }
      }
    }
    return out;
  }
}
