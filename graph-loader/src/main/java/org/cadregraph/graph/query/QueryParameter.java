package org.cadregraph.graph.query;

import java.util.Objects;

/**
 * A parameter of a saved query as its header declares it: {@code // @param name: Type = default --
 * description} (no {@code = default}: required). Immutable.
 *
 * @param name the parameter's name, as used after {@code $} in the query
 * @param type the declared type, for people (String, Date, Integer ...)
 * @param required whether the caller must give it
 * @param defaultValue the value used when the caller gives none (a String, Long, Double, Boolean or
 *     null)
 * @param description what it means
 */
public record QueryParameter(
    String name, String type, boolean required, Object defaultValue, String description) {

  public QueryParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    description = description == null ? "" : description;
  }

  /** {@code name: Type = default} or {@code name: Type (required)}, for listings. */
  public String signature() {
    if (required) {
      return name + ": " + type + " (required)";
    }
    return name
        + ": "
        + type
        + " = "
        + (defaultValue instanceof String s ? '"' + s + '"' : String.valueOf(defaultValue));
  }
}
