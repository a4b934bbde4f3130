package org.cadregraph.graph;

/**
 * The closed set of relationship types. Every type the loader writes comes from here, and a test
 * checks that the Cypher files use no other.
 */
enum RelType {
  /** From a fact or entity to each article that states it, with the evidence. */
  STATED_IN,
  /** (:Person)-[:HOLDS]->(:Post). */
  HOLDS,
  /** (:Post)-[:IN]->(:Organization|:Cell). */
  IN,
  /** (:Organization)-[:PART_OF]->(:Organization), from the organization's full path. */
  PART_OF,
  /** (:Cell)-[:CELL_OF]->(:Organization): the work unit a Party cell belongs to. */
  CELL_OF,
  /** (:Event)-[:LED_BY]->(:Person): the leading participant, part of the event's identity. */
  LED_BY,
  /** (:Person)-[:TOOK_PART]->(:Participation). */
  TOOK_PART,
  /** (:Participation|:Citation)-[:AT]->(:Event). */
  AT,
  /** (:Cell)-[:CITED]->(:Citation): the cell honoured or cited. */
  CITED
}
