package org.cadregraph.graph;

/**
 * The structural relationships between nodes, each with the labels at its two ends. They are
 * implied by the keys of the nodes they join (a post's key holds its person and organization), so
 * they live exactly as long as both ends do.
 */
enum Link {
  HOLDS(NodeLabel.PERSON, RelType.HOLDS, NodeLabel.POST, false),
  POST_IN_ORGANIZATION(NodeLabel.POST, RelType.IN, NodeLabel.ORGANIZATION, true),
  POST_IN_CELL(NodeLabel.POST, RelType.IN, NodeLabel.CELL, true),
  PART_OF(NodeLabel.ORGANIZATION, RelType.PART_OF, NodeLabel.ORGANIZATION, true),
  CELL_OF(NodeLabel.CELL, RelType.CELL_OF, NodeLabel.ORGANIZATION, true),
  LED_BY(NodeLabel.EVENT, RelType.LED_BY, NodeLabel.PERSON, true),
  TOOK_PART(NodeLabel.PERSON, RelType.TOOK_PART, NodeLabel.PARTICIPATION, false),
  PARTICIPATION_AT(NodeLabel.PARTICIPATION, RelType.AT, NodeLabel.EVENT, true),
  CITED(NodeLabel.CELL, RelType.CITED, NodeLabel.CITATION, false),
  CITATION_AT(NodeLabel.CITATION, RelType.AT, NodeLabel.EVENT, true);

  final NodeLabel from;
  final RelType type;
  final NodeLabel to;

  /**
   * True when the key of the {@code from} end holds the key of the {@code to} end (a post's holds
   * its organization's), false when the reverse (a post's holds its person's): a node re-keyed
   * takes along the links its own key implies.
   */
  final boolean fromKeyHoldsTo;

  Link(NodeLabel from, RelType type, NodeLabel to, boolean fromKeyHoldsTo) {
    this.from = from;
    this.type = type;
    this.to = to;
    this.fromKeyHoldsTo = fromKeyHoldsTo;
  }

  /** The label of the end whose key holds the other's. */
  NodeLabel keyHolder() {
    return fromKeyHoldsTo ? from : to;
  }
}
