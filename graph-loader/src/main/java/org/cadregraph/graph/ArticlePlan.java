package org.cadregraph.graph;

import java.util.ArrayList;
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
import org.cadregraph.facts.Mention;
import org.cadregraph.facts.PartOf;
import org.cadregraph.facts.Participation;
import org.cadregraph.facts.ParticipationKind;

/**
 * One article's facts turned into the rows the loader writes: a node row per entity or fact it
 * states (keyed, with the evidence for its link to the article) and the structural links between
 * them. This is where identity is decided, in plain Java so that it can be tested without a
 * database:
 *
 * <ul>
 *   <li>Persons: {@link PersonNameKeys#key name key}; a person the article knows only by posts at
 *       the Party's base (a cell, a work-team, a farm, a factory ...) is anchored to the outermost
 *       unit named, {@code name @ unit} ({@code name @ base} when no unit is named), so that a cell
 *       secretary never merges with a marshal of the same name from another article. Two persons of
 *       one name in one article (the extractor's person_key differs, or the same name recurs in a
 *       list with the same post) get an article-local discriminator. Analysts' {@link Corrections}
 *       apply last.
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
  private static final Pattern BASE_ROLE =
      Pattern.compile("\\b(cell|work team|workteam|sub workteam|worker|farmer|miner)\\b");
  private static final Pattern BASE_UNIT =
      Pattern.compile(
          "\\b(factory|farm|mine|colliery|enterprise|complex|works|workshop|work"
              + " team|workteam|cooperative|brigade|shaft|station|substation|sub"
              + " station|company|branch office|production office|cell)\\b");
  private static final int MAX_PATH = 16;
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
  private final Corrections corrections;
  private final Map<String, String> parents = new HashMap<>();
  private final List<Slot> slots = new ArrayList<>();
  private final Map<String, String> eventKeys = new HashMap<>();
  private boolean keysAssigned;

  private ArticlePlan(ArticleInfo info, int factCount, Corrections corrections) {
    this.info = info;
    this.factCount = factCount;
    this.corrections = corrections;
  }

  /** The plan of one article; {@code facts} must start with its {@link ArticleInfo}. */
  static ArticlePlan of(List<Fact> facts, Corrections corrections) {
    ArticlePlan plan = new ArticlePlan((ArticleInfo) facts.get(0), facts.size(), corrections);
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

  /** The article node, its properties as this text and {@code loadHash} give them. */
  ArticleRow article(String loadHash) {
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
    if (!props.keySet().equals(ARTICLE_PROPERTIES)) {
      throw new IllegalStateException(
          "article properties " + props.keySet() + " are not the ones the loader writes");
    }
    return new ArticleRow(info.article(), props);
  }

  // ---------------------------------------------------------------------------------------------

  private void build(List<Fact> facts) {
    // Containment first: any organization phrase of the article can then be completed to its path.
    for (Fact fact : facts) {
      if (fact instanceof PartOf p) {
        parents.putIfAbsent(OrganizationKeys.key(p.child()), p.parent());
      } else if (fact instanceof Holds h) {
        for (int i = 0; i + 1 < h.orgPath().size(); i++) {
          parents.putIfAbsent(OrganizationKeys.key(h.orgPath().get(i)), h.orgPath().get(i + 1));
        }
      }
    }
    // Persons next, all of them, since a person's key depends on every post the article gives.
    Map<Holds, Slot> holdsSlots = holders(facts);
    for (Fact fact : facts) {
      if (fact instanceof Participation p) {
        reference(p.person(), p.personKey());
      } else if (fact instanceof Mention m) {
        reference(m.person(), m.personKey());
      } else if (fact instanceof EventFact e && e.leader() != null) {
        reference(e.leader(), null);
      }
    }
    assignPersonKeys();
    // Events before the facts that point at them.
    for (Fact fact : facts) {
      if (fact instanceof EventFact e) {
        event(e.event(), e.kind(), e.date(), e.leader(), facts, FactType.EVENT, e.evidence());
      }
    }
    for (Fact fact : facts) {
      if (fact instanceof Holds h) {
        holds(h, holdsSlots.get(h));
      } else if (fact instanceof PartOf p) {
        organizationPath(List.of(p.child()), null, FactType.PART_OF, p.evidence());
      } else if (fact instanceof Participation p) {
        participation(p, facts);
      } else if (fact instanceof Mention m) {
        person(reference(m.person(), m.personKey()), m.person(), FactType.MENTION, m.evidence());
      } else if (fact instanceof CellHonour c) {
        cellHonour(c, facts);
      }
    }
  }

  // --- persons ---------------------------------------------------------------------------------

  /** A person as this article names them, before the key is decided. */
  private static final class Slot {
    final String nameKey;
    final String personKey;
    final String discriminator;
    final String name;

    /**
     * The outermost unit of a person known only at the Party's base, "base" when no unit is named;
     * null otherwise.
     */
    final String anchor;

    String key;

    Slot(String nameKey, String personKey, String discriminator, String name, String anchor) {
      this.nameKey = nameKey;
      this.personKey = personKey;
      this.discriminator = discriminator;
      this.name = name;
      this.anchor = anchor;
    }
  }

  /**
   * The persons the article's posts name. Within one article one name is one person unless the
   * extractor's person_key or a repeat in a list tells otherwise, so a biography that runs from a
   * factory to the Political Bureau stays one person: a person with any post outside the Party's
   * base is not anchored; one known only at the base is anchored to the first unit named.
   */
  private Map<Holds, Slot> holders(List<Fact> facts) {
    Map<Holds, String> groups = new LinkedHashMap<>();
    Map<String, String> discriminators = new HashMap<>();
    Map<String, String> firstUnit = new HashMap<>();
    Set<String> leadership = new HashSet<>();
    Map<String, Integer> seenAt = new HashMap<>();
    for (Fact fact : facts) {
      if (!(fact instanceof Holds h)) {
        continue;
      }
      String nameKey = nameKey(h.person());
      String roleKey = h.role() == null ? "" : OrganizationKeys.key(h.role());
      List<String> path = pathOf(h);
      String orgKey = OrganizationKeys.pathKey(path);
      // The same name with the same post at another place of one list is another person.
      String statement =
          nameKey + '\u0000' + h.personKey() + '\u0000' + roleKey + '\u0000' + orgKey;
      String discriminator = null;
      if (seenAt.containsKey(statement)) {
        Integer first = seenAt.get(statement);
        if (h.listIndex() != null && first != null && !first.equals(h.listIndex())) {
          discriminator = "#" + h.listIndex();
        }
      } else {
        seenAt.put(statement, h.listIndex());
      }
      String group = nameKey + '\u0000' + h.personKey() + '\u0000' + discriminator;
      groups.put(h, group);
      discriminators.put(group, discriminator);
      boolean base = BASE_ROLE.matcher(roleKey).find() || BASE_UNIT.matcher(orgKey).find();
      if (!base) {
        leadership.add(group);
      } else if (!path.isEmpty()) {
        firstUnit.putIfAbsent(group, OrganizationKeys.key(path.get(path.size() - 1)));
      }
    }
    Map<String, Slot> byGroup = new HashMap<>();
    Map<Holds, Slot> holders = new HashMap<>();
    for (Map.Entry<Holds, String> e : groups.entrySet()) {
      Holds h = e.getKey();
      String group = e.getValue();
      Slot slot =
          byGroup.computeIfAbsent(
              group,
              g -> {
                String anchor = leadership.contains(g) ? null : firstUnit.getOrDefault(g, "base");
                Slot created =
                    new Slot(
                        nameKey(h.person()),
                        h.personKey(),
                        discriminators.get(g),
                        h.person(),
                        anchor);
                slots.add(created);
                return created;
              });
      holders.put(h, slot);
    }
    return holders;
  }

  /**
   * The person a participation, mention or event leader names: the article's own post holder where
   * there is one.
   */
  private Slot reference(String name, String personKey) {
    String nameKey = nameKey(name);
    for (Slot slot : slots) {
      if (slot.nameKey.equals(nameKey) && equal(slot.personKey, personKey)) {
        return slot;
      }
    }
    for (Slot slot : slots) {
      if (slot.nameKey.equals(nameKey) && (personKey == null || slot.personKey == null)) {
        return slot;
      }
    }
    Slot slot = new Slot(nameKey, personKey, null, name, null);
    slots.add(slot);
    if (keysAssigned) {
      // Later slots never change the keys of earlier ones, so assigning again is safe.
      assignPersonKeys();
    }
    return slot;
  }

  private void assignPersonKeys() {
    keysAssigned = true;
    Set<String> taken = new HashSet<>();
    for (Slot slot : slots) {
      String key = slot.anchor == null ? slot.nameKey : slot.nameKey + " @ " + slot.anchor;
      if (!taken.add(key)) {
        // A second person of this name in this article: tell them apart by what the extractor gave.
        String local =
            slot.personKey != null
                ? "[" + OrganizationKeys.key(slot.personKey) + "]"
                : slot.discriminator != null ? slot.discriminator : "#" + taken.size();
        key = key + " " + local;
        taken.add(key);
      }
      slot.key = corrections.apply(key, info.article());
    }
  }

  private String person(Slot slot, String asWritten, FactType fact, Evidence evidence) {
    Map<String, Object> props = new HashMap<>();
    props.put("name", slot.name);
    props.put("name_key", slot.nameKey);
    props.put("anchor", slot.anchor);
    Map<String, Object> ev = evidence(fact, evidence);
    ev.put("name", asWritten);
    node(NodeLabel.PERSON, slot.key, props, ev);
    return slot.key;
  }

  private static String nameKey(String name) {
    String key = PersonNameKeys.key(name);
    return key.isEmpty() ? name.strip() : key;
  }

  // --- organizations and cells -----------------------------------------------------------------

  private List<String> pathOf(Holds h) {
    if (!h.orgPath().isEmpty()) {
      return complete(h.orgPath());
    }
    return h.organization() == null ? List.of() : complete(List.of(h.organization()));
  }

  /** The path extended outwards by the article's part_of statements. */
  private List<String> complete(List<String> start) {
    List<String> path = new ArrayList<>(start);
    Set<String> seen = new HashSet<>();
    for (String phrase : path) {
      seen.add(OrganizationKeys.key(phrase));
    }
    while (path.size() < MAX_PATH) {
      String parent = parents.get(OrganizationKeys.key(path.get(path.size() - 1)));
      if (parent == null || !seen.add(OrganizationKeys.key(parent))) {
        break;
      }
      path.add(parent);
    }
    return path;
  }

  /**
   * Writes the nodes of a path, innermost first; returns the innermost key, or null for an empty
   * path.
   */
  private String organizationPath(
      List<String> start, String fullAsWritten, FactType fact, Evidence evidence) {
    List<String> path = complete(start);
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

  private void holds(Holds h, Slot slot) {
    String personKey = person(slot, h.person(), FactType.HOLDS, h.evidence());
    String roleKey = h.role() == null ? "" : OrganizationKeys.key(h.role());
    List<String> start =
        !h.orgPath().isEmpty()
            ? h.orgPath()
            : h.organization() == null ? List.of() : List.of(h.organization());
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
    node(NodeLabel.POST, key, props, ev);
    link(Link.HOLDS, personKey, key);
    if (cellKey != null) {
      link(Link.POST_IN_CELL, key, cellKey);
    } else if (orgKey != null) {
      link(Link.POST_IN_ORGANIZATION, key, orgKey);
    }
  }

  private String event(
      String name,
      EventKind kind,
      String date,
      String leader,
      List<Fact> facts,
      FactType fact,
      Evidence evidence) {
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
    Slot leaderSlot = leader != null ? reference(leader, null) : guidedBy(nameKey, facts);
    String on = date != null ? date : info.date() != null ? info.date() : "";
    String key = nameKey + " | " + on + " | " + (leaderSlot == null ? "" : leaderSlot.key);
    Map<String, Object> props = new HashMap<>();
    props.put("name", name);
    props.put("name_key", nameKey);
    props.put("kind", (kind == null ? EventKind.OTHER : kind).jsonName());
    props.put("date", on.isEmpty() ? null : on);
    props.put("leader", leaderSlot == null ? null : leaderSlot.name);
    Map<String, Object> ev = evidence(fact, evidence);
    ev.put("name", name);
    ev.put("kind", props.get("kind"));
    ev.put("leader", props.get("leader"));
    node(NodeLabel.EVENT, key, props, ev);
    if (leaderSlot != null) {
      person(leaderSlot, leader != null ? leader : leaderSlot.name, fact, evidence);
      link(Link.LED_BY, key, leaderSlot.key);
    }
    eventKeys.put(nameKey, key);
    return key;
  }

  /** The one person the article says guided the event, or null when none or several did. */
  private Slot guidedBy(String eventNameKey, List<Fact> facts) {
    Slot found = null;
    for (Fact fact : facts) {
      if (fact instanceof Participation p
          && p.kind() == ParticipationKind.GUIDED
          && OrganizationKeys.key(p.event()).equals(eventNameKey)) {
        Slot slot = reference(p.person(), p.personKey());
        if (found != null && found != slot) {
          return null;
        }
        found = slot;
      }
    }
    return found;
  }

  private void participation(Participation p, List<Fact> facts) {
    Slot slot = reference(p.person(), p.personKey());
    String personKey = person(slot, p.person(), FactType.PARTICIPATION, p.evidence());
    String eventKey =
        event(p.event(), EventKind.OTHER, null, null, facts, FactType.PARTICIPATION, p.evidence());
    String key = personKey + " | " + p.kind().jsonName() + " | " + eventKey;
    Map<String, Object> props = new HashMap<>();
    props.put("as", p.kind().jsonName());
    props.put("person", slot.name);
    props.put("event", p.event());
    Map<String, Object> ev = evidence(FactType.PARTICIPATION, p.evidence());
    ev.put("person", p.person());
    ev.put("event", p.event());
    node(NodeLabel.PARTICIPATION, key, props, ev);
    link(Link.TOOK_PART, personKey, key);
    link(Link.PARTICIPATION_AT, key, eventKey);
  }

  private void cellHonour(CellHonour c, List<Fact> facts) {
    String unitKey =
        organizationPath(List.of(c.unit()), c.unit(), FactType.CELL_HONOUR, c.evidence());
    if (unitKey == null) {
      return;
    }
    String cellKey = cell(unitKey, c.unit(), FactType.CELL_HONOUR, c.evidence());
    String eventKey =
        c.event() == null
            ? null
            : event(
                c.event(), EventKind.OTHER, null, null, facts, FactType.CELL_HONOUR, c.evidence());
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

  private static boolean equal(Object a, Object b) {
    return a == null ? b == null : a.equals(b);
  }
}
