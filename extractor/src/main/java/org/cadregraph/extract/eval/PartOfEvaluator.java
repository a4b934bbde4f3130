package org.cadregraph.extract.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code part_of} (lenient only): (child, parent) organization pairs, matched one to one per
 * article, each side by the lenient organization rule (overlap, or the same head naming more of the
 * parent chain). Stateless and thread-safe.
 */
public final class PartOfEvaluator implements MeasureEvaluator {

  @Override
  public String name() {
    return "part_of";
  }

  private record Gold(List<String> children, List<String> parents) {}

  private record Sys(String child, String parent) {}

  @Override
  public ArticleScore evaluate(GoldArticle gold, List<FactRow> facts) {
    List<Gold> gpo =
        gold.partOf().stream()
            .map(
                p ->
                    new Gold(
                        p.children().stream().map(TextMatch::norm).toList(),
                        p.parents().stream().map(TextMatch::norm).toList()))
            .toList();
    Set<Sys> unique = new LinkedHashSet<>();
    for (FactRow r : facts) {
      if (r.is("part_of")) {
        String c = TextMatch.norm(r.child());
        String p = TextMatch.norm(r.parent());
        if (c != null && !c.isEmpty() && p != null && !p.isEmpty()) {
          unique.add(new Sys(c, p));
        }
      }
    }
    // the size of a maximum matching does not depend on the order of the records
    List<Sys> spo = List.copyOf(unique);
    List<int[]> pairs =
        OneToOneMatching.match(
            spo,
            gpo,
            (s, g) ->
                g.children().stream().anyMatch(c -> TextMatch.orgMatch(s.child(), c, true))
                    && g.parents().stream().anyMatch(p -> TextMatch.orgMatch(s.parent(), p, true)));
    return ArticleScore.of(pairs.size(), spo.size(), gpo.size());
  }
}
