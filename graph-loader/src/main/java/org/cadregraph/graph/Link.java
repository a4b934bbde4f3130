package org.cadregraph.graph;

/**
 * The structural relationships between nodes, each with the labels at its two ends. They are
 * implied by the keys of the nodes they join (a post's key holds its person and organization), so
 * they live exactly as long as both ends do.
 */
enum Link {
  HOLDS(NodeLabel.PERSON, RelType.HOLDS, NodeLabel.POST),
  POST_IN_ORGANIZATION(NodeLabel.POST, RelType.IN, NodeLabel.ORGANIZATION),
  POST_IN_CELL(NodeLabel.POST, RelType.IN, NodeLabel.CELL),
  PART_OF(NodeLabel.ORGANIZATION, RelType.PART_OF, NodeLabel.ORGANIZATION),
  CELL_OF(NodeLabel.CELL, RelType.CELL_OF, NodeLabel.ORGANIZATION),
  LED_BY(NodeLabel.EVENT, RelType.LED_BY, NodeLabel.PERSON),
  TOOK_PART(NodeLabel.PERSON, RelType.TOOK_PART, NodeLabel.PARTICIPATION),
  PARTICIPATION_AT(NodeLabel.PARTICIPATION, RelType.AT, NodeLabel.EVENT),
  CITED(NodeLabel.CELL, RelType.CITED, NodeLabel.CITATION),
  CITATION_AT(NodeLabel.CITATION, RelType.AT, NodeLabel.EVENT);

  final NodeLabel from;
  final RelType type;
  final NodeLabel to;

  Link(NodeLabel from, RelType type, NodeLabel to) {
    this.from = from;
    this.type = type;
    this.to = to;
  }
}
