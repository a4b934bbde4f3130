package org.cadregraph.extract.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Maximum one-to-one matching between system and gold records by augmenting paths, visiting records
 * in the scorer's order, so that the size does not depend on the order of the records and which
 * records stay unmatched is the scorer's. Stateless and thread-safe.
 */
final class OneToOneMatching {
  private OneToOneMatching() {}

  /** The matched (system index, gold index) pairs, in gold order. */
  static <S, G> List<int[]> match(List<S> sys, List<G> gold, BiPredicate<S, G> same) {
    List<List<Integer>> edges = new ArrayList<>();
    for (S s : sys) {
      List<Integer> e = new ArrayList<>();
      for (int j = 0; j < gold.size(); j++) {
        if (same.test(s, gold.get(j))) {
          e.add(j);
        }
      }
      edges.add(e);
    }
    Map<Integer, Integer> owner = new TreeMap<>();
    for (int i = 0; i < sys.size(); i++) {
      augment(i, new HashSet<>(), edges, owner);
    }
    List<int[]> pairs = new ArrayList<>();
    owner.forEach((j, i) -> pairs.add(new int[] {i, j}));
    return pairs;
  }

  private static boolean augment(
      int i, Set<Integer> seen, List<List<Integer>> edges, Map<Integer, Integer> owner) {
    for (int j : edges.get(i)) {
      if (seen.add(j)) {
        if (!owner.containsKey(j) || augment(owner.get(j), seen, edges, owner)) {
          owner.put(j, i);
          return true;
        }
      }
    }
    return false;
  }
}
