package org.cadregraph.facts;

/** The closed set of fact kinds, with the name each has in the JSON Lines form. */
public enum FactType {
  ARTICLE("article"),
  HOLDS("holds"),
  PART_OF("part_of"),
  EVENT("event"),
  PARTICIPATION("participation"),
  MENTION("mention"),
  CELL_HONOUR("cell_honour");

  private final String jsonName;

  FactType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The value of the {@code "type"} field. */
  public String jsonName() {
    return jsonName;
  }
}
