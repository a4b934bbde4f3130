package org.cadregraph.extract.eval;

import java.util.Objects;

/**
 * One line of a facts file as the scorer reads it: the article, the type and the fields any measure
 * looks at, each null where the line has none. Lines of other types ({@code article}, {@code
 * event}, ...) are kept with their type so that the persons measure can see {@code mention} lines.
 * Immutable.
 */
public record FactRow(
    String article,
    String type,
    String person,
    String role,
    String organization,
    String child,
    String parent,
    String event,
    String as) {

  public FactRow {
    Objects.requireNonNull(type, "type");
  }

  /** True for a row of this type ({@code holds}, {@code part_of}, ...). */
  public boolean is(String t) {
    return type.equals(t);
  }
}
