package org.cadregraph.extract.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds (person, role, organization), strict or lenient. System and gold records are matched one to
 * one per article. Strict compares the normalized strings; lenient also accepts a role with the
 * same head word whose words are a subset of the other's, an organization that overlaps or extends
 * the other, and the same post split differently between role and organization, including a whole
 * post written as the role with no organization ("minister of the People's Armed Forces" + null =
 * "minister" + "People's Armed Forces"). A record without organization is left out where the same
 * person and role also stand with one. The lenient measure lists the unmatched records. Stateless
 * and thread-safe.
 */
public final class HoldsEvaluator implements MeasureEvaluator {
  private final boolean lenient;

  private HoldsEvaluator(boolean lenient) {
    this.lenient = lenient;
  }

  /** {@code holds_strict}: normalized strings must be equal. */
  public static HoldsEvaluator strict() {
    return new HoldsEvaluator(false);
  }

  /** {@code holds_lenient}: the scorer's lenient rules, with the unmatched records listed. */
  public static HoldsEvaluator lenient() {
    return new HoldsEvaluator(true);
  }

  @Override
  public String name() {
    return lenient ? "holds_lenient" : "holds_strict";
  }

  private record Gold(
      String person, List<String> personAlts, List<String> roles, List<String> orgs) {
    String role() {
      return roles.get(0);
    }

    String org() {
      return orgs.get(0);
    }
  }

  private record Sys(String person, String role, String org) {}

  private record PersonRole(String person, String role) {}

  @Override
  public ArticleScore evaluate(GoldArticle gold, List<FactRow> facts) {
    List<Gold> gh = gold(gold);
    List<Sys> sh = system(facts);
    List<int[]> pairs = OneToOneMatching.match(sh, gh, this::same);
    List<Mismatch> mismatches = new ArrayList<>();
    if (lenient) {
      Set<Integer> matchedSys = new HashSet<>();
      Set<Integer> matchedGold = new HashSet<>();
      for (int[] p : pairs) {
        matchedSys.add(p[0]);
        matchedGold.add(p[1]);
      }
      for (int i = 0; i < sh.size(); i++) {
        if (!matchedSys.contains(i)) {
          Sys s = sh.get(i);
          mismatches.add(
              new Mismatch(gold.article(), Mismatch.Kind.SPURIOUS, s.person(), s.role(), s.org()));
        }
      }
      for (int j = 0; j < gh.size(); j++) {
        if (!matchedGold.contains(j)) {
          Gold g = gh.get(j);
          mismatches.add(
              new Mismatch(gold.article(), Mismatch.Kind.MISSED, g.person(), g.role(), g.org()));
        }
      }
    }
    return new ArticleScore(pairs.size(), sh.size(), gh.size(), mismatches);
  }

  private boolean same(Sys s, Gold g) {
    if (!g.personAlts().contains(s.person())) {
      return false;
    }
    boolean roleAndOrg =
        g.roles().stream().anyMatch(r -> TextMatch.roleMatch(s.role(), r, lenient))
            && g.orgs().stream().anyMatch(o -> TextMatch.orgMatch(s.org(), o, lenient));
    return roleAndOrg || lenient && splitDifferently(s, g);
  }

  /**
   * The same post split differently between role and organization. Two records without any
   * organization are not compared this way: their roles were compared already.
   */
  private static boolean splitDifferently(Sys s, Gold g) {
    String post = TextMatch.post(s.role(), s.org());
    if (post == null) {
      return false;
    }
    for (String r : g.roles()) {
      for (String o : g.orgs()) {
        if ((o != null || s.org() != null) && post.equals(TextMatch.post(r, o))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Gold> gold(GoldArticle article) {
    List<Gold> recs = new ArrayList<>();
    for (GoldArticle.Holds h : article.holds()) {
      List<String> alts = h.persons().stream().map(TextMatch::personKey).toList();
      recs.add(
          new Gold(
              alts.get(0),
              alts,
              h.roles().stream().map(TextMatch::norm).toList(),
              h.organizations().stream().map(TextMatch::norm).toList()));
    }
    Set<PersonRole> withOrg = new HashSet<>();
    for (Gold r : recs) {
      if (r.org() != null) {
        withOrg.add(new PersonRole(r.person(), r.role()));
      }
    }
    return recs.stream()
        .filter(r -> r.org() != null || !withOrg.contains(new PersonRole(r.person(), r.role())))
        .toList();
  }

  private static List<Sys> system(List<FactRow> facts) {
    Set<Sys> recs = new LinkedHashSet<>();
    for (FactRow r : facts) {
      if (r.is("holds")) {
        Sys rec =
            new Sys(
                TextMatch.personKey(r.person()),
                TextMatch.norm(r.role()),
                TextMatch.norm(r.organization()));
        if (rec.person() != null) {
          recs.add(rec);
        }
      }
    }
    Set<PersonRole> withOrg = new HashSet<>();
    for (Sys r : recs) {
      if (r.org() != null) {
        withOrg.add(new PersonRole(r.person(), r.role()));
      }
    }
    return recs.stream()
        .filter(r -> r.org() != null || !withOrg.contains(new PersonRole(r.person(), r.role())))
        .toList();
  }
}
