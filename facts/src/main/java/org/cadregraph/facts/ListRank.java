package org.cadregraph.facts;

import static java.util.Objects.requireNonNull;

/**
 * A person's place in an ordered list of persons a report gives: protocol rank as the text states
 * it. Its JSON form is {@code {"position":3,"size":12,"kind":"accompanying"}}. Immutable.
 *
 * @param position the place in the list, 1 for the first named, in the text's order
 * @param size how many persons the list names
 * @param kind what the list is
 */
public record ListRank(int position, int size, ListKind kind) {

  public ListRank {
    requireNonNull(kind, "kind");
    if (position < 1 || position > size) {
      throw new FactException(
          "list position must be between 1 and the list's size " + size + ", got " + position);
    }
  }
}
