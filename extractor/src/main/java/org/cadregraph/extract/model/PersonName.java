package org.cadregraph.extract.model;

/**
 * A person's name found in a sentence: the name as it should be recorded (no titles) and the token
 * range {@code [from, to)} it covers. Immutable.
 */
public record PersonName(String name, int from, int to, boolean korean) {

  public PersonName {
    if (name == null || name.isBlank() || from < 0 || to <= from) {
      throw new IllegalArgumentException(
          "a name needs text and a token range, got '" + name + "' " + from + ".." + to);
    }
  }
}
