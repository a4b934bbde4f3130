package org.cadregraph.graph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadregraph.graph.CypherFiles;
import org.cadregraph.graph.GraphException;

/**
 * The saved queries shipped under {@code cypher/queries/}: each file starts with comment lines
 * giving its description and its parameters,
 *
 * <pre>
 * // Current posts of a person.
 * // @param name: String -- the person's name
 * // @param limit: Integer = 50 -- the most rows returned
 * </pre>
 *
 * Immutable and thread-safe once built.
 */
public final class SavedQueries {
  /** Where the saved queries live on the classpath. */
  public static final String FOLDER = "cypher/queries";

  private static final Pattern PARAM =
      Pattern.compile("@param\\s+(\\w+)\\s*:\\s*(\\w+)\\s*(?:=\\s*(.*?))?\\s*--\\s*(.*)");

  private final Map<String, SavedQuery> byName;

  private SavedQueries(Map<String, SavedQuery> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /** The saved queries on the classpath (the graph-loader jar's {@code cypher/queries}). */
  public static SavedQueries fromClasspath() {
    Map<String, SavedQuery> byName = new LinkedHashMap<>();
    for (String file : CypherFiles.list(FOLDER, "")) {
      String name = file.substring(0, file.length() - ".cypher".length());
      byName.put(name, parse(name, CypherFiles.read(FOLDER + "/" + file)));
    }
    return new SavedQueries(byName);
  }

  /** All saved queries, by name. */
  public List<SavedQuery> list() {
    return List.copyOf(byName.values());
  }

  /** The query of that name; throws listing the valid names when there is none. */
  public SavedQuery get(String name) {
    SavedQuery query = byName.get(name);
    if (query == null) {
      throw new GraphException(
          "no saved query named '"
              + name
              + "'; saved queries are: "
              + String.join(", ", byName.keySet()));
    }
    return query;
  }

  /** Parses one saved query file: its header comments, then the query. */
  static SavedQuery parse(String name, String text) {
    List<String> description = new ArrayList<>();
    List<QueryParameter> params = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (!trimmed.startsWith("//")) {
        if (trimmed.isEmpty()) {
          continue;
        }
        break;
      }
      String comment = trimmed.substring(2).strip();
      if (comment.startsWith("@param")) {
        Matcher m = PARAM.matcher(comment);
        if (!m.matches()) {
          throw new GraphException(
              "saved query '"
                  + name
                  + "': bad parameter line '"
                  + comment
                  + "'; write // @param NAME: TYPE [= DEFAULT] -- DESCRIPTION");
        }
        boolean required = m.group(3) == null;
        params.add(
            new QueryParameter(
                m.group(1),
                m.group(2),
                required,
                required ? null : value(name, m.group(3)),
                m.group(4).strip()));
      } else if (!comment.isEmpty()) {
        description.add(comment);
      }
    }
    String cypher = text.strip();
    if (cypher.endsWith(";")) {
      cypher = cypher.substring(0, cypher.length() - 1).strip();
    }
    if (description.isEmpty()) {
      throw new GraphException("saved query '" + name + "' has no description comment at its top");
    }
    return new SavedQuery(name, String.join(" ", description), params, cypher);
  }

  /** A default as written: "text", 'text', an integer, a decimal, true, false or null. */
  private static Object value(String query, String raw) {
    String v = raw.strip();
    if (v.equals("null")) {
      return null;
    }
    if (v.equals("true") || v.equals("false")) {
      return Boolean.valueOf(v);
    }
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    try {
      return v.matches("-?\\d+") ? (Object) Long.valueOf(v) : (Object) Double.valueOf(v);
    } catch (NumberFormatException e) {
      throw new GraphException(
          "saved query '"
              + query
              + "': default '"
              + raw
              + "' must be a quoted string, a number, true, false or null",
          e);
    }
  }
}
