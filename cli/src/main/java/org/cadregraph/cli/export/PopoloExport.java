package org.cadregraph.cli.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

/**
 * The graph as Popolo JSON (popoloproject.com): one object with {@code persons}, {@code
 * organizations} (Party cells among them, classified so, with their work unit as parent), {@code
 * memberships} (a person's post: role, organization, and as sources the articles that report it,
 * with their dates) and {@code events} (with their attendees). Ids are the graph's keys with a type
 * prefix, so that they stay the same from one export to the next. No start or end date is given to
 * a membership: the articles report that a post is held on a date, not since or until when; the
 * first and last reports are the sources. Each item validates against the Popolo JSON Schemas.
 * Streams item by item. Stateless.
 */
final class PopoloExport implements GraphExport {
  /**
   * Popolo's date pattern (a year, a month, or a day); anything else is left out rather than
   * guessed.
   */
  private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}){0,2}");

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public void write(QueryRunner graph, Writer out) throws IOException {
    JsonGenerator json = JSON.createGenerator(out);
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
    section(graph, json, "persons", "popolo-persons", this::person);
    section(graph, json, "organizations", "popolo-organizations", this::organization);
    section(graph, json, "memberships", "popolo-memberships", this::membership);
    section(graph, json, "events", "popolo-events", this::event);
    json.writeEndObject();
    json.flush();
    out.write('\n');
  }

  private interface Item {
    void write(Record r, JsonGenerator json) throws IOException;
  }

  private static void section(
      QueryRunner graph, JsonGenerator json, String name, String query, Item item)
      throws IOException {
    json.writeArrayFieldStart(name);
    Result result = graph.run(ExportQueries.named(query));
    while (result.hasNext()) {
      Record r = result.next();
      json.writeStartObject();
      item.write(r, json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void person(Record r, JsonGenerator json) throws IOException {
    String name = r.get("name").asString(null);
    json.writeStringField("id", id("person", r.get("key").asString()));
    json.writeStringField("name", name);
    List<String> others =
        r.get("names").asList(Value::asString).stream().filter(n -> !n.equals(name)).toList();
    if (!others.isEmpty()) {
      json.writeArrayFieldStart("other_names");
      for (String other : others) {
        json.writeStartObject();
        json.writeStringField("name", other);
        json.writeStringField("note", "spelling in a report");
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    sources(r.get("sources"), json);
  }

  private void organization(Record r, JsonGenerator json) throws IOException {
    boolean cell = r.get("cell").asBoolean();
    json.writeStringField("id", id(cell ? "cell" : "organization", r.get("key").asString()));
    String full = r.get("fullName").asString(null);
    json.writeStringField("name", full != null ? full : r.get("name").asString(null));
    if (full != null && !full.equals(r.get("name").asString(null))) {
      json.writeArrayFieldStart("other_names");
      json.writeStartObject();
      json.writeStringField("name", r.get("name").asString());
      json.writeStringField("note", "short name");
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeStringField("classification", cell ? "party cell" : "organization");
    // Popolo has one parent; an organization reported under several gets the first by key
    // (the same every time), and GraphML or Cypher show them all.
    List<String> parents = r.get("parents").asList(Value::asString);
    if (!parents.isEmpty()) {
      json.writeStringField(
          "parent_id", id("organization", parents.stream().sorted().findFirst().orElseThrow()));
    }
    sources(r.get("sources"), json);
  }

  private void membership(Record r, JsonGenerator json) throws IOException {
    json.writeStringField("id", id("membership", r.get("key").asString()));
    json.writeStringField("person_id", id("person", r.get("person").asString()));
    String orgKey = r.get("organizationKey").asString(null);
    if (orgKey != null) {
      json.writeStringField(
          "organization_id",
          id(orgKey.startsWith("party cell of ") ? "cell" : "organization", orgKey));
    }
    String role = r.get("role").asString(null);
    if (role != null) {
      json.writeStringField("role", role);
    }
    String organization = r.get("organization").asString(null);
    json.writeStringField(
        "label",
        role == null ? organization : organization == null ? role : role + ", " + organization);
    sources(r.get("sources"), json);
  }

  private void event(Record r, JsonGenerator json) throws IOException {
    json.writeStringField("id", id("event", r.get("key").asString()));
    json.writeStringField("name", r.get("name").asString(null));
    String date = r.get("date").asString(null);
    if (date != null && DATE.matcher(date).matches()) {
      json.writeStringField("start_date", date);
    }
    String kind = r.get("kind").asString(null);
    if (kind != null) {
      json.writeStringField("classification", kind);
    }
    json.writeArrayFieldStart("attendees");
    for (Map<String, Object> attendee :
        distinctBy(r.get("attendees").asList(Value::asMap), a -> a.get("key"))) {
      json.writeStartObject();
      json.writeStringField("id", id("person", (String) attendee.get("key")));
      json.writeStringField("name", (String) attendee.get("name"));
      json.writeEndObject();
    }
    json.writeEndArray();
    sources(r.get("sources"), json);
  }

  /**
   * The reporting articles: the article's URL where known, else a URN naming it, with agency, date
   * and title.
   */
  private static void sources(Value sources, JsonGenerator json) throws IOException {
    List<Map<String, Object>> articles = sources.asList(Value::asMap);
    json.writeArrayFieldStart("sources");
    for (Map<String, Object> a : distinctBy(articles, a -> a.get("id"))) {
      json.writeStartObject();
      Object url = a.get("source_url");
      json.writeStringField(
          "url",
          url != null && isUri(url.toString())
              ? url.toString()
              : urn("article", a.get("id").toString()));
      StringBuilder note = new StringBuilder();
      append(note, a.get("agency"));
      append(note, a.get("date"));
      if (a.get("status") != null) {
        append(note, "reports the post as " + a.get("status"));
      }
      if (a.get("title") != null) {
        note.append(note.length() == 0 ? "" : ": ").append(a.get("title"));
      }
      note.append(note.length() == 0 ? "" : " ")
          .append("(article ")
          .append(a.get("id"))
          .append(')');
      json.writeStringField("note", note.toString());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void append(StringBuilder note, Object part) {
    if (part != null) {
      note.append(note.length() == 0 ? "" : ", ").append(part);
    }
  }

  private static <T> List<T> distinctBy(List<T> items, Function<T, Object> key) {
    Set<Object> seen = new HashSet<>();
    return items.stream().filter(item -> seen.add(key.apply(item))).toList();
  }

  private static String id(String type, String key) {
    return type + ":" + key;
  }

  /** A URN for something without a URL of its own; the id is percent-encoded where it must be. */
  private static String urn(String type, String id) {
    try {
      return new URI("urn", "cadregraph:" + type + ":" + id, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new ExportException("cannot make a URN of " + type + " '" + id + "'", e);
    }
  }

  private static boolean isUri(String text) {
    try {
      return new URI(text).getScheme() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
