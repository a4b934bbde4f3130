package org.cadregraph.cli.browser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadregraph.graph.query.QueryParameter;
import org.cadregraph.graph.query.SavedQuery;

/**
 * A Neo4j Browser guide to the saved queries: one page listing each query with its description and
 * parameters, the {@code :param} lines it needs, and its name. Clicking the lines or the name puts
 * them into Browser's editor, and the icon Browser draws before each runs it at once in a frame of
 * its own (Browser's {@code data-populate} guide directive). The lines and the query are two things
 * to click, not one script, because Browser 5 runs a script of several statements as a list that
 * shows each statement's status but not its result, so the graph would not be drawn; and they are
 * not run by a plain click ({@code data-exec}), since Browser then shows the result in place of the
 * guide.
 *
 * <p>Values come from the query's header: a parameter's default, else the first quoted example its
 * description gives, else an empty string to fill in. A {@code Person} or {@code Organization}
 * parameter reaches the query as the loader's key of the name ({@link SavedQuery#parameters}), so
 * that key is what the {@code :param} lines set. Stateless and thread-safe.
 */
final class QueryGuide {
  /** The first double-quoted text of a description, e.g. {@code (e.g. "Jo Yong Won")}. */
  private static final Pattern EXAMPLE = Pattern.compile("\"([^\"]+)\"");

  private QueryGuide() {}

  static String html(List<SavedQuery> queries) {
    StringBuilder html = new StringBuilder();
    html.append("<article class=\"guide\">\n")
        .append("<h3>cadregraph: questions this graph answers</h3>\n")
        .append("<p>For each saved query, set its parameters with its <code>:param</code> lines")
        .append(" (example values), then run the query. Click the lines or the query's name to put")
        .append(" them into the editor, where you can change them; click the icon before them to")
        .append(" run them at once. The same queries run from the command line:")
        .append(" <code>./cadregraph query --name NAME --param name=value</code>.</p>\n");
    for (SavedQuery query : queries) {
      html.append("<section data-query=\"")
          .append(escape(query.name()))
          .append("\">\n<h4><a data-populate=\"")
          .append(escape(query.cypher()))
          .append("\">")
          .append(escape(query.name()))
          .append("</a></h4>\n<p>")
          .append(escape(query.description()))
          .append("</p>\n");
      if (!query.params().isEmpty()) {
        html.append("<ul>\n");
        for (QueryParameter p : query.params()) {
          html.append("<li><code>")
              .append(escape(p.signature()))
              .append("</code>: ")
              .append(escape(p.description()));
          String key = p.name() + "Key";
          if (isName(p) && uses(query.cypher(), key)) {
            html.append("; the query takes <code>$")
                .append(escape(key))
                .append("</code>, the name as the loader keys it (")
                .append(
                    p.type().equals(SavedQuery.PERSON)
                        ? "lower case, no hyphens or titles, the KCNA spelling of the surname"
                        : "lower case, abbreviations spelled out")
                .append(")");
          }
          html.append("</li>\n");
        }
        html.append("</ul>\n");
      }
      List<String> params = paramCommands(query);
      if (!params.isEmpty()) {
        String lines = String.join(";\n", params);
        html.append("<pre data-populate=\"")
            .append(escape(lines))
            .append("\">")
            .append(escape(lines))
            .append("</pre>\n");
      }
      html.append("</section>\n");
    }
    return html.append("</article>\n").toString();
  }

  /**
   * The {@code :param name => value} commands for each parameter the query text uses, in the order
   * of its header.
   */
  static List<String> paramCommands(SavedQuery query) {
    Map<String, Object> given = new HashMap<>();
    for (QueryParameter p : query.params()) {
      if (p.required()) {
        Matcher example = EXAMPLE.matcher(p.description());
        given.put(p.name(), example.find() ? example.group(1) : "");
      }
    }
    Map<String, Object> values = query.parameters(given);
    List<String> commands = new ArrayList<>();
    for (QueryParameter p : query.params()) {
      List<String> names = isName(p) ? List.of(p.name(), p.name() + "Key") : List.of(p.name());
      for (String name : names) {
        if (uses(query.cypher(), name)) {
          commands.add(":param " + name + " => " + literal(values.get(name)));
        }
      }
    }
    return commands;
  }

  private static boolean isName(QueryParameter p) {
    return p.type().equals(SavedQuery.PERSON) || p.type().equals(SavedQuery.ORGANIZATION);
  }

  private static boolean uses(String cypher, String parameter) {
    return Pattern.compile("\\$" + Pattern.quote(parameter) + "\\b").matcher(cypher).find();
  }

  /** A value as a Cypher literal, which {@code :param name => literal} evaluates. */
  static String literal(Object value) {
    if (value instanceof String s) {
      return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    return String.valueOf(value);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append("&#10;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
