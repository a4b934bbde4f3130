package org.cadregraph.graph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cadregraph.graph.GraphException;
import org.cadregraph.graph.Keys;

/**
 * A saved, parameterized query from {@code cypher/queries/NAME.cypher}. Immutable.
 *
 * @param name the file name without {@code .cypher}
 * @param description what it answers, from the header comment
 * @param params the declared parameters, in header order
 * @param cypher the query text (header comments included, no trailing semicolon)
 */
public record SavedQuery(
    String name, String description, List<QueryParameter> params, String cypher) {
  /**
   * A parameter of this type also gives the query {@code $<name>Key}, the person key of its value.
   */
  public static final String PERSON = "Person";

  /**
   * A parameter of this type also gives the query {@code $<name>Key}, the organization key of its
   * value.
   */
  public static final String ORGANIZATION = "Organization";

  /** A parameter of this type is always given to the query as text ("2024", "2024-07"). */
  public static final String DATE = "Date";

  /** A parameter of this type is always given to the query as text. */
  public static final String STRING = "String";

  public SavedQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    params = List.copyOf(params);
    Objects.requireNonNull(cypher, "cypher");
  }

  /**
   * The parameters to run the query with: the given ones over the declared defaults, plus {@code
   * <name>Key} for each {@link #PERSON} or {@link #ORGANIZATION} parameter. Throws naming the
   * problem when a required parameter is missing or an unknown one is given.
   */
  public Map<String, Object> parameters(Map<String, ?> given) {
    Map<String, Object> out = new HashMap<>();
    Map<String, QueryParameter> declared = new TreeMap<>();
    for (QueryParameter p : params) {
      declared.put(p.name(), p);
    }
    for (String key : given.keySet()) {
      if (!declared.containsKey(key)) {
        throw new GraphException(
            "query '"
                + name
                + "' has no parameter '"
                + key
                + "'; its parameters are "
                + (declared.isEmpty() ? "none" : String.join(", ", declared.keySet())));
      }
    }
    for (QueryParameter p : params) {
      if (given.containsKey(p.name())) {
        out.put(p.name(), given.get(p.name()));
      } else if (p.required()) {
        throw new GraphException(
            "query '"
                + name
                + "' needs parameter '"
                + p.name()
                + "' ("
                + p.description()
                + "); give it with --param "
                + p.name()
                + "=VALUE");
      } else {
        out.put(p.name(), p.defaultValue());
      }
      // Names are looked up by the loader's keys, so any spelling the loader joins finds the node.
      Object value = out.get(p.name());
      if ((p.type().equals(DATE) || p.type().equals(STRING)) && value instanceof Number number) {
        // A command line reads "2024" as a number; dates and strings compare as text in Cypher.
        value = number.toString();
        out.put(p.name(), value);
      }
      if (p.type().equals(PERSON)) {
        out.put(p.name() + "Key", value == null ? null : Keys.person(value.toString()));
      } else if (p.type().equals(ORGANIZATION)) {
        out.put(p.name() + "Key", value == null ? null : Keys.organization(value.toString()));
      }
    }
    return out;
  }
}
