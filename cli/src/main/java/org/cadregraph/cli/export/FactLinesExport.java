package org.cadregraph.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.CellHonour;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactException;
import org.cadregraph.facts.FactWriter;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.ListKind;
import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.Mention;
import org.cadregraph.facts.PartOf;
import org.cadregraph.facts.Participation;
import org.cadregraph.facts.ParticipationKind;
import org.cadregraph.facts.PostStatus;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

/**
 * The facts as the graph stores them, written back as fact lines in the form {@code extract}
 * writes, one article at a time: its {@link ArticleInfo} from the Article node, then a fact per
 * statement (STATED_IN link) the article makes, rebuilt from the link's evidence and the values the
 * article wrote. Loading the export into an empty database gives the same nodes and relationships.
 * What the graph does not keep is not invented: the extractor's {@code person_key} (the loader
 * keeps only the person key it made of it), and a second statement of the same node in one article
 * (the loader keeps the first). Stateless.
 */
final class FactLinesExport implements GraphExport {

  @Override
  public void write(QueryRunner graph, Writer out) throws IOException {
    // Ids first (small), then one article at a time: the statements query cannot run while the
    // article list is still streaming in the same transaction.
    List<String> ids = new ArrayList<>();
    List<Map<String, Object>> props = new ArrayList<>();
    Result articles = graph.run(ExportQueries.named("articles"));
    while (articles.hasNext()) {
      Record r = articles.next();
      ids.add(r.get("id").asString());
      props.add(r.get("props").asMap());
    }
    FactWriter facts = new FactWriter(out);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      try {
        facts.write(articleInfo(id, props.get(i)));
        for (Fact fact : statements(graph, id)) {
          facts.write(fact);
        }
      } catch (FactException | IllegalArgumentException e) {
        throw new ExportException(
            "article " + id + ": a stored statement makes no valid fact: " + e.getMessage(), e);
      }
      props.set(i, null);
    }
    facts.flush();
  }

  private static ArticleInfo articleInfo(String id, Map<String, Object> p) {
    Object tokens = p.get("tokens");
    return new ArticleInfo(
        id,
        text(p, "title"),
        text(p, "date"),
        text(p, "date_source"),
        text(p, "source_url"),
        text(p, "agency"),
        text(p, "file"),
        text(p, "content_hash"),
        text(p, "extractor_version"),
        tokens instanceof Number n ? n.intValue() : 0);
  }

  private static List<Fact> statements(QueryRunner graph, String article) {
    Map<String, Object> params = Map.of("article", article);
    // Containment stated by this article: child key -> parent key, and each key's name as written.
    Map<String, String> parentOf = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Result containment = graph.run(ExportQueries.named("article-containment"), params);
    while (containment.hasNext()) {
      Record r = containment.next();
      parentOf.putIfAbsent(r.get("child").asString(), r.get("parent").asString());
      names.put(r.get("child").asString(), r.get("childName").asString());
      names.put(r.get("parent").asString(), r.get("parentName").asString());
    }
    List<Fact> partOf = new ArrayList<>();
    List<Fact> events = new ArrayList<>();
    List<Fact> rest = new ArrayList<>();
    Result statements = graph.run(ExportQueries.named("article-statements"), params);
    while (statements.hasNext()) {
      Record r = statements.next();
      List<String> labels = r.get("labels").asList(Value::asString);
      Map<String, Object> node = r.get("node").asMap();
      Map<String, Object> stated = r.get("stated").asMap();
      String fact = text(stated, "fact");
      Evidence evidence = evidence(stated);
      if (fact == null) {
        continue;
      }
      switch (fact) {
        case "holds" -> {
          if (labels.contains("Post")) {
            String orgKey =
                !r.get("cellUnitKey").isNull()
                    ? r.get("cellUnitKey").asString()
                    : r.get("inKey").isNull() ? null : r.get("inKey").asString();
            String holder = r.get("holder").isNull() ? null : r.get("holder").asString();
            if (holder != null) {
              rest.add(
                  new Holds(
                      article,
                      holder,
                      null,
                      text(stated, "role"),
                      text(stated, "organization"),
                      path(orgKey, parentOf, names),
                      status(text(stated, "status")),
                      integer(stated, "list_index"),
                      rank(stated),
                      evidence));
            }
          }
        }
        case "part_of" -> {
          if (labels.contains("Organization")) {
            String key = text(node, "key");
            String parent = parentOf.get(key);
            if (parent != null) {
              partOf.add(
                  new PartOf(
                      article,
                      names.getOrDefault(key, text(stated, "name")),
                      names.get(parent),
                      evidence));
            }
          }
        }
        case "event" -> {
          if (labels.contains("Event")) {
            events.add(
                new EventFact(
                    article,
                    text(stated, "name"),
                    kind(text(stated, "kind") != null ? text(stated, "kind") : text(node, "kind")),
                    text(node, "date"),
                    text(stated, "leader"),
                    evidence));
          }
        }
        case "participation" -> {
          if (labels.contains("Participation")) {
            rest.add(
                new Participation(
                    article,
                    text(stated, "event"),
                    text(stated, "person"),
                    null,
                    participation(text(node, "as")),
                    rank(stated),
                    evidence));
          }
        }
        case "mention" -> {
          if (labels.contains("Person")) {
            rest.add(new Mention(article, text(stated, "name"), null, evidence));
          }
        }
        case "cell_honour" -> {
          if (labels.contains("Citation") && !r.get("citedUnit").isNull()) {
            rest.add(
                new CellHonour(
                    article,
                    r.get("citedUnit").asString(),
                    text(stated, "honour"),
                    text(stated, "event"),
                    evidence));
          }
        }
        default -> {
          // A statement kind this export does not know (a newer loader's): not guessed at.
        }
      }
    }
    // Containment and events first: the loader completes paths and finds events by them.
    List<Fact> all = new ArrayList<>(partOf.size() + events.size() + rest.size());
    all.addAll(partOf);
    all.addAll(events);
    all.addAll(rest);
    return all;
  }

  /**
   * The organization path from the innermost key outwards, through this article's own containment.
   */
  private static List<String> path(
      String innermost, Map<String, String> parentOf, Map<String, String> names) {
    if (innermost == null || !names.containsKey(innermost)) {
      return List.of();
    }
    List<String> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String key = innermost; key != null && seen.add(key); key = parentOf.get(key)) {
      path.add(names.get(key));
    }
    return path;
  }

  private static Evidence evidence(Map<String, Object> stated) {
    Object sentence = stated.get("sentence");
    if (!(sentence instanceof String s)) {
      return null;
    }
    Integer start = integer(stated, "start");
    Integer end = integer(stated, "end");
    return new Evidence(s, start == null ? 0 : start, end == null ? s.length() : end);
  }

  private static PostStatus status(String value) {
    return value == null ? null : PostStatus.valueOf(value.toUpperCase(Locale.ROOT));
  }

  private static EventKind kind(String value) {
    return value == null ? null : EventKind.valueOf(value.toUpperCase(Locale.ROOT));
  }

  private static ParticipationKind participation(String value) {
    return ParticipationKind.valueOf(value.toUpperCase(Locale.ROOT));
  }

  private static String text(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? null : value.toString();
  }

  private static Integer integer(Map<String, Object> map, String key) {
    return map.get(key) instanceof Number n ? n.intValue() : null;
  }

  /**
   * The list place a statement records ({@code list_position}, {@code list_size}, {@code
   * list_kind}), or null.
   */
  private static ListRank rank(Map<String, Object> stated) {
    Integer position = integer(stated, "list_position");
    Integer size = integer(stated, "list_size");
    String kind = text(stated, "list_kind");
    if (position == null || size == null || kind == null) {
      return null;
    }
    return new ListRank(position, size, ListKind.valueOf(kind.toUpperCase(Locale.ROOT)));
  }
}
