package org.cadregraph.graph;

import java.util.List;

/**
 * The closed set of node labels in the graph. Every label the loader writes comes from here, and a
 * test checks that the Cypher files use no other.
 */
enum NodeLabel {
  ARTICLE(
      "Article",
      List.of(
          "title",
          "date",
          "date_source",
          "source_url",
          "agency",
          "file",
          "content_hash",
          "extractor_version",
          "tokens",
          "load_hash",
          "source_stamp"),
      List.of()),
  PERSON("Person", List.of("name", "name_key", "anchor"), List.of("name", "career", "name_key")),
  ORGANIZATION(
      "Organization", List.of("name", "full_name", "canonical_name"), List.of("name", "full_name")),
  CELL("Cell", List.of("name", "unit"), List.of("name", "unit")),
  POST(
      "Post",
      List.of("role", "role_key", "organization"),
      List.of(
          "status",
          "role",
          "organization",
          "list_index",
          "list_position",
          "list_size",
          "list_kind")),
  EVENT(
      "Event",
      List.of("name", "name_key", "kind", "date", "leader"),
      List.of("name", "kind", "leader")),
  PARTICIPATION(
      "Participation",
      List.of("as", "person", "event"),
      List.of("person", "event", "list_position", "list_size", "list_kind")),
  CITATION("Citation", List.of("honour", "cell", "event"), List.of("honour", "cell", "event")),
  CORRECTION("Correction", List.of(), List.of()),
  LOAD_LOCK("LoadLock", List.of(), List.of());

  /**
   * What every statement of a node records on its link to the article, besides {@link #statedWith}.
   */
  static final List<String> EVIDENCE = List.of("fact", "sentence", "start", "end");

  private final String label;
  private final List<String> createdWith;
  private final List<String> statedWith;

  NodeLabel(String label, List<String> createdWith, List<String> statedWith) {
    this.label = label;
    this.createdWith = createdWith;
    this.statedWith = statedWith;
  }

  String label() {
    return label;
  }

  /**
   * The properties the loader gives a node of this label besides its key: when it creates it (an
   * article: whenever it is written). They are named in the statements, not set from a map, so that
   * the planner sees that no write touches what a later row reads, and needs no Eager
   * (materializing every row) between them.
   */
  List<String> createdWith() {
    return createdWith;
  }

  /**
   * The values, as the article wrote them, a statement of a node of this label records besides the
   * {@link #EVIDENCE}.
   */
  List<String> statedWith() {
    return statedWith;
  }
}
