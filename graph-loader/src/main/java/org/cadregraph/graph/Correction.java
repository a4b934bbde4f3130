package org.cadregraph.graph;

import java.util.Locale;
import java.util.Objects;

/**
 * An analyst's correction of person identity, kept in the database as a {@code :Correction} node
 * that no load ever deletes, and applied whenever facts are loaded (a change of corrections
 * re-processes every article once so that the whole graph follows them). Immutable.
 *
 * <ul>
 *   <li>{@link Kind#SAME_AS}: the person keyed {@code key} is the person keyed {@code target};
 *       every fact of the first is loaded onto the second.
 *   <li>{@link Kind#DIFFERENT_FROM}: in article {@code target}, the person keyed {@code key} is a
 *       different person of the same name; that article's facts go to a person of its own keyed
 *       {@code key ~ article} (which a further SAME_AS can join to another).
 * </ul>
 *
 * @param kind which correction
 * @param key a person key as stored on {@code :Person.key}
 * @param target the other person's key (SAME_AS) or an article id (DIFFERENT_FROM)
 */
public record Correction(Kind kind, String key, String target) {

  /** The closed set of corrections. */
  public enum Kind {
    SAME_AS,
    DIFFERENT_FROM;

    /** The value stored in {@code :Correction.kind}. */
    public String storedName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind stored as {@code value}; throws naming the valid values otherwise. */
    public static Kind ofStored(String value) {
      for (Kind kind : values()) {
        if (kind.storedName().equals(value)) {
          return kind;
        }
      }
      throw new GraphException(
          "correction kind must be 'same_as' or 'different_from', got '" + value + "'");
    }
  }

  public Correction {
    Objects.requireNonNull(kind, "kind");
    if (key == null || key.isBlank() || target == null || target.isBlank()) {
      throw new GraphException(
          "a correction needs a person key and a target, got key '"
              + key
              + "', target '"
              + target
              + "'");
    }
    if (kind == Kind.SAME_AS && key.equals(target)) {
      throw new GraphException(
          "a same_as correction must join two different keys, got '" + key + "' twice");
    }
  }
}
