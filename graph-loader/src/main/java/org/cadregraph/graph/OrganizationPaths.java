package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.PartOf;

/**
 * The containment one article states (its part_of facts and the org paths of its posts), and the
 * organization paths it completes: a phrase's path extended outwards by what the article says it is
 * part of. Pure (no database); immutable once built, so thread-safe.
 */
final class OrganizationPaths {
  private static final int MAX_PATH = 16;

  /** Parent phrase by the key of its child phrase, the first the article states. */
  private final Map<String, String> parents;

  private OrganizationPaths(Map<String, String> parents) {
    this.parents = parents;
  }

  /** The containment stated by one article's facts. */
  static OrganizationPaths of(List<Fact> facts) {
    Map<String, String> parents = new HashMap<>();
    for (Fact fact : facts) {
      if (fact instanceof PartOf p) {
        parents.putIfAbsent(OrganizationKeys.key(p.child()), p.parent());
      } else if (fact instanceof Holds h) {
        for (int i = 0; i + 1 < h.orgPath().size(); i++) {
          parents.putIfAbsent(OrganizationKeys.key(h.orgPath().get(i)), h.orgPath().get(i + 1));
        }
      }
    }
    return new OrganizationPaths(Map.copyOf(parents));
  }

  /** The completed path of a post's organization, innermost first; empty when it names none. */
  List<String> of(Holds h) {
    if (!h.orgPath().isEmpty()) {
      return complete(h.orgPath());
    }
    return h.organization() == null ? List.of() : complete(List.of(h.organization()));
  }

  /** The path extended outwards by the article's part_of statements; a cycle stops it. */
  List<String> complete(List<String> start) {
    List<String> path = new ArrayList<>(start);
    Set<String> seen = new HashSet<>();
    for (String phrase : path) {
      seen.add(OrganizationKeys.key(phrase));
    }
    while (path.size() < MAX_PATH) {
      String parent = parents.get(OrganizationKeys.key(path.get(path.size() - 1)));
      if (parent == null || !seen.add(OrganizationKeys.key(parent))) {
        break;
      }
      path.add(parent);
    }
    return path;
  }
}
