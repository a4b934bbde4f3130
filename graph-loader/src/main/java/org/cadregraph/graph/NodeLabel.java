package org.cadregraph.graph;

/**
 * The closed set of node labels in the graph. Every label the loader writes comes from here, and
 * a test checks that the Cypher files use no other.
 */
enum NodeLabel {
  ARTICLE("Article"),
  PERSON("Person"),
  ORGANIZATION("Organization"),
  CELL("Cell"),
  POST("Post"),
  EVENT("Event"),
  PARTICIPATION("Participation"),
  CITATION("Citation"),
  CORRECTION("Correction"),
  LOAD_LOCK("LoadLock");

  private final String label;

  NodeLabel(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
