package org.cadregraph.cli.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.CellHonour;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.Mention;
import org.cadregraph.facts.PartOf;
import org.cadregraph.facts.Participation;

/**
 * The same fact records as plain graph rows, for the two baselines the real load is compared with
 * (a raw {@code UNWIND ... CREATE} and Neo4j's bulk importer): one node per entity key (an article,
 * person, post, organization, event, participation, cell, citation), the structural relationships
 * between them, and one {@code STATED_IN} relationship from each fact's node to its article
 * carrying the evidence. It is the shape of the loader's graph, not its exact identity rules (those
 * live in the graph-loader and are not public), so the counts are close, not equal; the benchmark
 * prints both. Nothing is derived (no first/last seen, no newest report): that is the work a
 * baseline does not do.
 *
 * <p>Remembers every node key and structural link it has emitted, so each is emitted once: the only
 * state that grows with the corpus, a few dozen bytes per entity. Not thread-safe.
 */
final class GraphRows {

  /** Node labels of the baseline graph; the first column of each node file. */
  enum Label {
    ARTICLE("Article", "id"),
    PERSON("Person", "key"),
    POST("Post", "key"),
    ORGANIZATION("Organization", "key"),
    EVENT("Event", "key"),
    PARTICIPATION("Participation", "key"),
    CELL("Cell", "key"),
    CITATION("Citation", "key");

    final String label;

    /** The property the graph-loader's schema has a uniqueness constraint on. */
    final String keyProperty;

    Label(String label, String keyProperty) {
      this.label = label;
      this.keyProperty = keyProperty;
    }
  }

  /** Relationship types of the baseline graph. */
  enum Type {
    STATED_IN,
    HOLDS,
    IN,
    PART_OF,
    LED_BY,
    TOOK_PART,
    AT,
    CELL_OF,
    CITED
  }

  /** A node to create: its key and display name. */
  record NodeRow(Label label, String key, String name) {}

  /** A relationship to create between two nodes given by key, with the evidence on STATED_IN. */
  record RelRow(Type type, Label from, String fromKey, Label to, String toKey, Evidence evidence) {
    /** Relationships of one type between two labels are written by one statement. */
    String signature() {
      return type + ":" + from + ":" + to;
    }
  }

  /** What one article adds. */
  record ArticleRows(List<NodeRow> nodes, List<RelRow> relationships) {}

  private final Set<String> nodesSeen = new HashSet<>();
  private final Set<String> linksSeen = new HashSet<>();

  /** The rows one article's facts add to what was emitted before. */
  ArticleRows of(List<Fact> facts) {
    List<NodeRow> nodes = new ArrayList<>();
    List<RelRow> rels = new ArrayList<>();
    String article = facts.get(0).article();
    for (Fact fact : facts) {
      if (fact instanceof ArticleInfo info) {
        node(nodes, Label.ARTICLE, article, info.title());
      } else if (fact instanceof Holds h) {
        String person = personKey(h.person(), h.personKey());
        String post = person + "|" + h.role() + "|" + h.organization();
        node(nodes, Label.PERSON, person, h.person());
        node(nodes, Label.POST, post, h.role());
        link(rels, Type.HOLDS, Label.PERSON, person, Label.POST, post);
        if (h.organization() != null) {
          node(nodes, Label.ORGANIZATION, h.organization(), h.organization());
          link(rels, Type.IN, Label.POST, post, Label.ORGANIZATION, h.organization());
          String child = h.organization();
          for (String parent : h.orgPath()) {
            if (!parent.equals(child)) {
              node(nodes, Label.ORGANIZATION, parent, parent);
              link(rels, Type.PART_OF, Label.ORGANIZATION, child, Label.ORGANIZATION, parent);
              child = parent;
            }
          }
        }
        stated(rels, Label.POST, post, article, h.evidence());
      } else if (fact instanceof PartOf p) {
        node(nodes, Label.ORGANIZATION, p.child(), p.child());
        node(nodes, Label.ORGANIZATION, p.parent(), p.parent());
        link(rels, Type.PART_OF, Label.ORGANIZATION, p.child(), Label.ORGANIZATION, p.parent());
        stated(rels, Label.ORGANIZATION, p.child(), article, p.evidence());
      } else if (fact instanceof EventFact e) {
        node(nodes, Label.EVENT, e.event(), e.event());
        if (e.leader() != null) {
          node(nodes, Label.PERSON, e.leader(), e.leader());
          link(rels, Type.LED_BY, Label.EVENT, e.event(), Label.PERSON, e.leader());
        }
        stated(rels, Label.EVENT, e.event(), article, e.evidence());
      } else if (fact instanceof Participation p) {
        String person = personKey(p.person(), p.personKey());
        String key = p.event() + "|" + person + "|" + p.kind();
        node(nodes, Label.PERSON, person, p.person());
        node(nodes, Label.EVENT, p.event(), p.event());
        node(nodes, Label.PARTICIPATION, key, p.kind().toString());
        link(rels, Type.TOOK_PART, Label.PERSON, person, Label.PARTICIPATION, key);
        link(rels, Type.AT, Label.PARTICIPATION, key, Label.EVENT, p.event());
        stated(rels, Label.PARTICIPATION, key, article, p.evidence());
      } else if (fact instanceof Mention m) {
        String person = personKey(m.person(), m.personKey());
        node(nodes, Label.PERSON, person, m.person());
        stated(rels, Label.PERSON, person, article, m.evidence());
      } else if (fact instanceof CellHonour c) {
        String citation = c.unit() + "|" + c.honour() + "|" + c.event();
        node(nodes, Label.CELL, c.unit(), c.unit());
        node(nodes, Label.CITATION, citation, c.honour());
        link(rels, Type.CITED, Label.CELL, c.unit(), Label.CITATION, citation);
        if (c.event() != null) {
          node(nodes, Label.EVENT, c.event(), c.event());
          link(rels, Type.AT, Label.CITATION, citation, Label.EVENT, c.event());
        }
        stated(rels, Label.CITATION, citation, article, c.evidence());
      }
    }
    return new ArticleRows(nodes, rels);
  }

  /** The node's properties as a parameter map: its key under the constrained name, and its name. */
  static Map<String, Object> properties(NodeRow node) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put(node.label().keyProperty, node.key());
    if (node.name() != null) {
      props.put("name", node.name());
    }
    return props;
  }

  private static String personKey(String name, String key) {
    return key != null ? key : name;
  }

  private void node(List<NodeRow> nodes, Label label, String key, String name) {
    if (nodesSeen.add(label.ordinal() + key)) {
      nodes.add(new NodeRow(label, key, name));
    }
  }

  private void link(
      List<RelRow> rels, Type type, Label from, String fromKey, Label to, String toKey) {
    if (linksSeen.add(type.ordinal() + fromKey + '\u0000' + toKey)) {
      rels.add(new RelRow(type, from, fromKey, to, toKey, null));
    }
  }

  private static void stated(
      List<RelRow> rels, Label from, String key, String article, Evidence evidence) {
    rels.add(new RelRow(Type.STATED_IN, from, key, Label.ARTICLE, article, evidence));
  }
}
