package org.cadregraph.graph;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.CellHonour;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactType;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.Mention;
import org.cadregraph.facts.PartOf;
import org.cadregraph.facts.Participation;
import org.cadregraph.graph.PersonIdentity.Person;

/**
 * One article's facts turned into the rows the loader writes: a node row per entity or fact it
 * states (keyed, with the evidence for its link to the article) and the structural links between
 * them, in plain Java so that it can be tested without a database. The keys are:
 *
 * <ul>
 *   <li>Persons: as {@link PersonIdentity} decides them (name key, anchored at the Party's base,
 *       article-local discriminators, analysts' corrections); a statement of a person records what
 *       the report shows of the career, which {@link CareerConsolidation} weighs across articles.
 *   <li>Organizations: the key of the full path (see {@link OrganizationKeys}), the path completed
 *       from the article's own part_of statements; one node per suffix of the path, joined by
 *       PART_OF.
 *   <li>Events: name key, date (the event's, else the article's) and the leading participant's key,
 *       so that several reports of one event meet in one node.
 * </ul>
 *
 * Not thread-safe while being built; immutable afterwards.
 */
final class ArticlePlan {
  private static final Pattern CELL_ROLE = Pattern.compile("\\bcell\\b");
  private static final Set<String> ARTICLE_PROPERTIES = Set.copyOf(NodeLabel.ARTICLE.createdWith());
  private static final Map<NodeLabel, Set<String>> CREATED_WITH = new EnumMap<>(NodeLabel.class);
  private static final Map<NodeLabel, Set<String>> STATED_WITH = new EnumMap<>(NodeLabel.class);

  static {
    for (NodeLabel label : NodeLabel.values()) {
      CREATED_WITH.put(label, Set.copyOf(label.createdWith()));
      Set<String> stated = new HashSet<>(NodeLabel.EVIDENCE);
      stated.addAll(label.statedWith());
      STATED_WITH.put(label, Set.copyOf(stated));
    }
  }

  final ArticleInfo info;
  final int factCount;
  private final Map<NodeLabel, Map<String, NodeRow>> nodes = new EnumMap<>(NodeLabel.class);
  private final Map<Link, Set<LinkRow>> links = new EnumMap<>(Link.class);

  // Working state while the plan is built.
  private final OrganizationPaths paths;
  private final PersonIdentity persons;
  private final Map<String, String> eventKeys = new HashMap<>();

  private ArticlePlan(ArticleInfo info, List<Fact> facts, Corrections corrections) {
    this.info = info;
    this.factCount = facts.size();
    // Containment first: any organization phrase of the article can then be completed to its path.
    this.paths = OrganizationPaths.of(facts);
    this.persons = PersonIdentity.of(facts, paths, corrections);
  }

  /** The plan of one article; {@code facts} must start with its {@link ArticleInfo}. */
  static ArticlePlan of(List<Fact> facts, Corrections corrections) {
    ArticlePlan plan = new ArticlePlan((ArticleInfo) facts.get(0), facts, corrections);
    plan.build(facts);
    return plan;
  }

  String article() {
    return info.article();
  }

  /**
   * The order of reports: by date (undated first, a partial date before the full dates in it), then
   * id.
   */
  String stamp() {
    return (info.date() == null ? "" : info.date()) + ' ' + info.article();
  }

  /**
   * The article's statements of nodes, by label and key, in the order first stated (the node shows
   * the values of its newest report).
   */
  Map<NodeLabel, Map<String, NodeRow>> nodes() {
    return nodes;
  }

  /** The structural links the article implies, by kind, ends by key. */
  Map<Link, Set<LinkRow>> links() {
    return links;
  }

  /**
   * The article node, its properties as this text, {@code loadHash} and {@code sourceStamp} (null
   * when the file's stamp is not known) give them.
   */
  ArticleRow article(String loadHash, String sourceStamp) {
    Map<String, Object> props = new HashMap<>();
    props.put("title", info.title());
    props.put("date", info.date());
    props.put("date_source", info.dateSource());
    props.put("source_url", info.sourceUrl());
    props.put("agency", info.agency());
    props.put("file", info.file());
    props.put("content_hash", info.contentHash());
    props.put("extractor_version", info.extractorVersion());
    props.put("tokens", info.tokens());
    props.put("load_hash", loadHash);
    props.put("source_stamp", sourceStamp);
    if (!props.keySet().equals(ARTICLE_PROPERTIES)) {
      throw new IllegalStateException(
          "article properties " + props.keySet() + " are not the ones the loader writes");
    }
    return new ArticleRow(info.article(), props);
  }

  // ---------------------------------------------------------------------------------------------

  private void build(List<Fact> facts) {
    // Events before the facts that point at them.
    for (Fact fact : facts) {
      if (fact instanceof EventFact e) {
        event(e.event(), e.kind(), e.date(), e.leader(), FactType.EVENT, e.evidence());
      }
    }
    for (Fact fact : facts) {
      if (fact instanceof Holds h) {
        holds(h, persons.holder(h));
      } else if (fact instanceof PartOf p) {
        organizationPath(
            paths.resolved(List.of(p.child()), p.evidence()), null, FactType.PART_OF, p.evidence());
      } else if (fact instanceof Participation p) {
        participation(p);
      } else if (fact instanceof Mention m) {
        person(
            persons.named(m.person(), m.personKey()), m.person(), FactType.MENTION, m.evidence());
      } else if (fact instanceof CellHonour c) {
        cellHonour(c);
      }
    }
  }

  // --- persons (who is who: PersonIdentity) ---------------------------------------------------

  private String person(Person person, String asWritten, FactType fact, Evidence evidence) {
    Map<String, Object> props = new HashMap<>();
    props.put("name", person.name());
    props.put("name_key", person.nameKey());
    props.put("anchor", person.anchor());
    Map<String, Object> ev = evidence(fact, evidence);
    ev.put("name", asWritten);
    // What the report shows of the career, with the name it is about: the evidence the rule across
    // articles (Careers) weighs, wherever corrections put the person.
    ev.put("career", person.career() == null ? null : person.career().storedName());
    ev.put("name_key", person.career() == null ? null : person.nameKey());
    node(NodeLabel.PERSON, person.key(), props, ev);
    return person.key();
  }

  // --- organizations and cells -----------------------------------------------------------------

  /**
   * Writes the nodes of a path, innermost first; returns the innermost key, or null for an empty
   * path.
   */
  private String organizationPath(
      List<String> path, String fullAsWritten, FactType fact, Evidence evidence) {
    String outer = null;
    for (int i = path.size() - 1; i >= 0; i--) {
      List<String> suffix = path.subList(i, path.size());
      String key = OrganizationKeys.pathKey(suffix);
      if (key.isEmpty() || key.equals(outer)) {
        continue;
      }
      String full = i == 0 && fullAsWritten != null ? fullAsWritten : String.join(" of ", suffix);
      Map<String, Object> props = new HashMap<>();
      props.put("name", path.get(i));
      props.put("full_name", full);
      props.put("canonical_name", canonicalName(key));
      Map<String, Object> ev = evidence(fact, evidence);
      ev.put("name", path.get(i));
      ev.put("full_name", full);
      node(NodeLabel.ORGANIZATION, key, props, ev);
      if (outer != null) {
        link(Link.PART_OF, key, outer);
      }
      outer = key;
    }
    return outer;
  }

  /**
   * The full name a node shows whatever it was written as: a curated body's or country's name, else
   * the key's elements capitalized, each container named the same way ("Presidium of the Political
   * Bureau of the WPK Central Committee").
   */
  static String canonicalName(String key) {
    IdentityTables tables = IdentityTables.INSTANCE;
    IdentityTables.Body body = tables.body(key);
    if (body != null) {
      return body.name();
    }
    String country = tables.countryName(key);
    if (country != null) {
      return country;
    }
    int of = key.indexOf(" of ");
    while (of >= 0) {
      String outer = key.substring(of + 4);
      if (tables.body(outer) != null || tables.countryName(outer) != null) {
        return capitalized(key.substring(0, of)) + " of " + canonicalName(outer);
      }
      of = key.indexOf(" of ", of + 4);
    }
    return capitalized(key);
  }

  private static String capitalized(String key) {
    StringBuilder out = new StringBuilder();
    for (String word : key.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      boolean minor = Set.of("of", "and", "for", "the", "in", "on", "to").contains(word);
      out.append(
          minor || word.isEmpty()
              ? word
              : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }

  private String cell(String unitKey, String unitName, FactType fact, Evidence evidence) {
    String key = "party cell of " + unitKey;
    String name = "Party cell of " + unitName;
    Map<String, Object> props = new HashMap<>();
    props.put("name", name);
    props.put("unit", unitName);
    Map<String, Object> ev = evidence(fact, evidence);
    ev.put("name", name);
    ev.put("unit", unitName);
    node(NodeLabel.CELL, key, props, ev);
    link(Link.CELL_OF, key, unitKey);
    return key;
  }

  // --- facts -----------------------------------------------------------------------------------

  private void holds(Holds h, Person holder) {
    String personKey = person(holder, h.person(), FactType.HOLDS, h.evidence());
    String roleKey = h.role() == null ? "" : OrganizationKeys.key(h.role());
    // Resolved within the article: the holder's side, generic nouns, ownerless bodies.
    List<String> start = paths.of(h);
    String orgKey =
        start.isEmpty()
            ? null
            : organizationPath(start, h.organization(), FactType.HOLDS, h.evidence());
    String cellKey = null;
    if (orgKey != null && CELL_ROLE.matcher(roleKey).find()) {
      String unitName = h.organization() != null ? h.organization() : String.join(" of ", start);
      cellKey = cell(orgKey, unitName, FactType.HOLDS, h.evidence());
    }
    String where = cellKey != null ? cellKey : orgKey != null ? orgKey : "";
    String key = personKey + " | " + roleKey + " | " + where;
    Map<String, Object> props = new HashMap<>();
    props.put("role", h.role());
    props.put("role_key", roleKey);
    props.put("organization", h.organization());
    Map<String, Object> ev = evidence(FactType.HOLDS, h.evidence());
    ev.put("status", h.status().jsonName());
    ev.put("role", h.role());
    ev.put("organization", h.organization());
    ev.put("list_index", h.listIndex());
    rank(ev, h.rank());
    node(NodeLabel.POST, key, props, ev);
    link(Link.HOLDS, personKey, key);
    if (cellKey != null) {
      link(Link.POST_IN_CELL, key, cellKey);
    } else if (orgKey != null) {
      link(Link.POST_IN_ORGANIZATION, key, orgKey);
    }
  }

  private String event(
      String name, EventKind kind, String date, String leader, FactType fact, Evidence evidence) {
    String nameKey = OrganizationKeys.key(name);
    String known = eventKeys.get(nameKey);
    if (known != null) {
      // Named again (by a participation or a second event record): one more statement of the same
      // event.
      Map<String, Object> ev = evidence(fact, evidence);
      ev.put("name", name);
      node(NodeLabel.EVENT, known, Map.of(), ev);
      return known;
    }
    Person leading = leader != null ? persons.named(leader, null) : persons.guide(nameKey);
    String on = date != null ? date : info.date() != null ? info.date() : "";
    String key = nameKey + " | " + on + " | " + (leading == null ? "" : leading.key());
    Map<String, Object> props = new HashMap<>();
    props.put("name", name);
    props.put("name_key", nameKey);
    props.put("kind", (kind == null ? EventKind.OTHER : kind).jsonName());
    props.put("date", on.isEmpty() ? null : on);
    props.put("leader", leading == null ? null : leading.name());
    Map<String, Object> ev = evidence(fact, evidence);
    ev.put("name", name);
    ev.put("kind", props.get("kind"));
    ev.put("leader", props.get("leader"));
    node(NodeLabel.EVENT, key, props, ev);
    if (leading != null) {
      person(leading, leader != null ? leader : leading.name(), fact, evidence);
      link(Link.LED_BY, key, leading.key());
    }
    eventKeys.put(nameKey, key);
    return key;
  }

  private void participation(Participation p) {
    Person person = persons.named(p.person(), p.personKey());
    String personKey = person(person, p.person(), FactType.PARTICIPATION, p.evidence());
    String eventKey =
        event(p.event(), EventKind.OTHER, null, null, FactType.PARTICIPATION, p.evidence());
    String key = personKey + " | " + p.kind().jsonName() + " | " + eventKey;
    Map<String, Object> props = new HashMap<>();
    props.put("as", p.kind().jsonName());
    props.put("person", person.name());
    props.put("event", p.event());
    Map<String, Object> ev = evidence(FactType.PARTICIPATION, p.evidence());
    ev.put("person", p.person());
    ev.put("event", p.event());
    rank(ev, p.rank());
    node(NodeLabel.PARTICIPATION, key, props, ev);
    link(Link.TOOK_PART, personKey, key);
    link(Link.PARTICIPATION_AT, key, eventKey);
  }

  private void cellHonour(CellHonour c) {
    String unitKey =
        organizationPath(
            paths.resolved(List.of(c.unit()), c.evidence()),
            c.unit(),
            FactType.CELL_HONOUR,
            c.evidence());
    if (unitKey == null) {
      return;
    }
    String cellKey = cell(unitKey, c.unit(), FactType.CELL_HONOUR, c.evidence());
    String eventKey =
        c.event() == null
            ? null
            : event(c.event(), EventKind.OTHER, null, null, FactType.CELL_HONOUR, c.evidence());
    String honourKey = c.honour() == null ? "" : OrganizationKeys.key(c.honour());
    String key = cellKey + " | " + honourKey + " | " + (eventKey == null ? "" : eventKey);
    Map<String, Object> props = new HashMap<>();
    props.put("honour", c.honour());
    props.put("cell", "Party cell of " + c.unit());
    props.put("event", c.event());
    Map<String, Object> ev = evidence(FactType.CELL_HONOUR, c.evidence());
    ev.put("honour", c.honour());
    ev.put("cell", props.get("cell"));
    ev.put("event", c.event());
    node(NodeLabel.CITATION, key, props, ev);
    link(Link.CITED, cellKey, key);
    if (eventKey != null) {
      link(Link.CITATION_AT, key, eventKey);
    }
  }

  // --- rows ------------------------------------------------------------------------------------

  private void node(
      NodeLabel label, String key, Map<String, Object> props, Map<String, Object> evidence) {
    // The statements name what they write: a value they do not name would be lost silently.
    if (!CREATED_WITH.get(label).containsAll(props.keySet())
        || !STATED_WITH.get(label).containsAll(evidence.keySet())) {
      throw new IllegalStateException(
          label + " nodes are not written with " + props.keySet() + " / " + evidence.keySet());
    }
    // The first statement of a node in an article is the evidence kept for it.
    nodes
        .computeIfAbsent(label, l -> new LinkedHashMap<>())
        .computeIfAbsent(key, k -> new NodeRow(k, info.article(), props, evidence));
  }

  private void link(Link link, String from, String to) {
    links.computeIfAbsent(link, l -> new LinkedHashSet<>()).add(new LinkRow(from, to));
  }

  /**
   * The place in the report's list, on the statement: Post and Participation nodes are shared by
   * the articles stating them, the order is each report's own.
   */
  private static void rank(Map<String, Object> ev, ListRank rank) {
    if (rank != null) {
      ev.put("list_position", rank.position());
      ev.put("list_size", rank.size());
      ev.put("list_kind", rank.kind().jsonName());
    }
  }

  private static Map<String, Object> evidence(FactType fact, Evidence evidence) {
    Map<String, Object> ev = new HashMap<>();
    ev.put("fact", fact.jsonName());
    if (evidence != null) {
      ev.put("sentence", evidence.sentence());
      ev.put("start", evidence.start());
      ev.put("end", evidence.end());
    }
    return ev;
  }
}
