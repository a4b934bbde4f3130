package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.Mention;
import org.cadregraph.facts.Participation;
import org.cadregraph.facts.ParticipationKind;

/**
 * The rule that decides which person each name in one article is, and the key of that person:
 *
 * <ul>
 *   <li>the {@link PersonNameKeys#key name key};
 *   <li>a person the article knows only by posts at the Party's base (a cell, a work-team, a farm,
 *       a factory ...) is anchored to the outermost unit named, {@code name @ unit} ({@code name @
 *       base} when no unit is named), so that a cell secretary never merges with a marshal of the
 *       same name from another article; anyone with a post outside the base keeps the plain key;
 *   <li>within one article one name is one person, unless the extractor's person_key differs
 *       ({@code [person key]} is added) or the same name recurs in one list with the same post
 *       ({@code #list_index} is added);
 *   <li>what the article shows of a DPRK person's career (army, foreign service, both: {@link
 *       Careers.Career}) is recorded for the rule across articles, when the article names no one
 *       else of that name; the person keeps the plain key here, and {@link CareerConsolidation}
 *       moves the report to {@code name @ foreign service} when the name's reports show two
 *       careers;
 *   <li>participations, mentions and event leaders join the article's post holder of that name;
 *   <li>analysts' {@link Corrections} apply last.
 * </ul>
 *
 * Pure (no database). Not thread-safe: asking for a name the article's facts did not give adds a
 * person.
 */
final class PersonIdentity {
  private static final Pattern BASE_ROLE =
      Pattern.compile("\\b(cell|work team|workteam|sub workteam|worker|farmer|miner)\\b");
  private static final Pattern BASE_UNIT =
      Pattern.compile(
          "\\b(factory|farm|mine|colliery|enterprise|complex|works|workshop|work"
              + " team|workteam|cooperative|brigade|shaft|station|substation|sub"
              + " station|company|co|ltd|corporation|trading|branch office|production office"
              + "|cell)\\b");

  /** Posts in the foreign service: one of the two careers {@link Careers} tells apart. */
  private static final Pattern FOREIGN_SERVICE =
      Pattern.compile(
          "\\b(foreign affairs|foreign minister|foreign ministry|ambassador|embassy|consul"
              + "|consulate|charge d'affaires|diplomat)\\b");

  /** Army posts (ranks, the KPA and its General Staff, the Party's military commission). */
  private static final Pattern ARMY_ROLE =
      Pattern.compile(
          "^(general|vice marshal|marshal)$|\\b(colonel general|lieutenant general|major general"
              + "|army general|general of army)\\b");

  private static final Pattern ARMY_UNIT =
      Pattern.compile(
          "\\b(korean people's army|general staff|central military commission|people's armed"
              + " forces)\\b");

  /**
   * A person as the article names them. Immutable.
   *
   * @param key the person node's key
   * @param name the name as first written for this person in the article
   * @param nameKey the name key, before anchor and discriminators
   * @param anchor the outermost unit of a person known only at the Party's base, {@code "base"}
   *     when no unit is named; null otherwise
   * @param career what the article's posts show of the person's career, for the rule across
   *     articles; null when they show neither career, for a foreign person, and when the article
   *     names more than one person of this name or anchors the name (the rule then leaves the key
   *     alone)
   */
  record Person(String key, String name, String nameKey, String anchor, Careers.Career career) {}

  /** A person as the article names them; the key is decided once all are known. */
  private static final class Slot {
    final String nameKey;
    final String personKey;
    final String discriminator;
    final String name;
    final String anchor;

    /** What the article's posts show of the career. */
    final Careers.Career shown;

    String key;

    /** {@link #shown}, where the rule across articles may re-key this person; else null. */
    Careers.Career career;

    Slot(
        String nameKey,
        String personKey,
        String discriminator,
        String name,
        String anchor,
        Careers.Career shown) {
      this.nameKey = nameKey;
      this.personKey = personKey;
      this.discriminator = discriminator;
      this.name = name;
      this.anchor = anchor;
      this.shown = shown;
    }

    Person person() {
      return new Person(key, name, nameKey, anchor, career);
    }
  }

  private final String article;
  private final Corrections corrections;
  private final List<Participation> participations = new ArrayList<>();
  private final List<Slot> slots = new ArrayList<>();
  private final Map<Holds, Slot> holders;
  private boolean keysAssigned;

  private PersonIdentity(
      String article, List<Fact> facts, OrganizationPaths paths, Corrections corrections) {
    this.article = article;
    this.corrections = corrections;
    // All persons before any key, since a person's key depends on every post the article gives.
    this.holders = holders(facts, paths);
    for (Fact fact : facts) {
      if (fact instanceof Participation p) {
        participations.add(p);
        reference(p.person(), p.personKey());
      } else if (fact instanceof Mention m) {
        reference(m.person(), m.personKey());
      } else if (fact instanceof EventFact e && e.leader() != null) {
        reference(e.leader(), null);
      }
    }
    assignKeys();
  }

  /**
   * The persons of one article; {@code facts} are its facts (its {@code ArticleInfo} first), {@code
   * paths} its organization paths.
   */
  static PersonIdentity of(List<Fact> facts, OrganizationPaths paths, Corrections corrections) {
    return new PersonIdentity(facts.get(0).article(), facts, paths, corrections);
  }

  /** The person a post of this article names. */
  Person holder(Holds h) {
    Slot slot = holders.get(h);
    if (slot == null) {
      throw new IllegalArgumentException(
          "the post of '" + h.person() + "' is not one of article '" + article + "'");
    }
    return slot.person();
  }

  /**
   * The person a participation, mention or event leader names: the article's own post holder of
   * that name where there is one.
   */
  Person named(String name, String personKey) {
    return reference(name, personKey).person();
  }

  /**
   * The one person the article says guided the event of that name key, or null when none or several
   * did.
   */
  Person guide(String eventNameKey) {
    Slot found = null;
    for (Participation p : participations) {
      if (p.kind() == ParticipationKind.GUIDED
          && OrganizationKeys.key(p.event()).equals(eventNameKey)) {
        Slot slot = reference(p.person(), p.personKey());
        if (found != null && found != slot) {
          return null;
        }
        found = slot;
      }
    }
    return found == null ? null : found.person();
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The persons the article's posts name. Within one article one name is one person unless the
   * extractor's person_key or a repeat in a list tells otherwise, so a biography that runs from a
   * factory to the Political Bureau stays one person: a person with any post outside the Party's
   * base is not anchored; one known only at the base is anchored to the first unit named.
   */
  private Map<Holds, Slot> holders(List<Fact> facts, OrganizationPaths paths) {
    Map<Holds, String> groups = new LinkedHashMap<>();
    Map<String, String> discriminators = new HashMap<>();
    Map<String, String> firstUnit = new HashMap<>();
    Set<String> leadership = new HashSet<>();
    Set<String> army = new HashSet<>();
    Set<String> foreignService = new HashSet<>();
    Set<String> otherPosts = new HashSet<>();
    Map<String, Integer> seenAt = new HashMap<>();
    for (Fact fact : facts) {
      if (!(fact instanceof Holds h)) {
        continue;
      }
      String nameKey = nameKey(h.person());
      String roleKey = h.role() == null ? "" : OrganizationKeys.key(h.role());
      List<String> path = paths.of(h);
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
      // What the post states counts too: "the factory" that the article does not name is no
      // organization, but its manager is still at the base.
      String stated =
          h.organization() == null ? "" : OrganizationKeys.organization(h.organization());
      boolean base =
          BASE_ROLE.matcher(roleKey).find()
              || BASE_UNIT.matcher(orgKey).find()
              || BASE_UNIT.matcher(stated).find();
      if (!base) {
        leadership.add(group);
      } else if (!path.isEmpty()) {
        firstUnit.putIfAbsent(group, OrganizationKeys.key(path.get(path.size() - 1)));
      }
      boolean inArmy = ARMY_ROLE.matcher(roleKey).find() || ARMY_UNIT.matcher(orgKey).find();
      boolean inForeignService = FOREIGN_SERVICE.matcher(roleKey + " | " + orgKey).find();
      if (inArmy) {
        army.add(group);
      }
      if (inForeignService) {
        foreignService.add(group);
      }
      if (!inArmy && !inForeignService) {
        otherPosts.add(group);
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
                Careers.Career shown = null;
                if (paths.personSide(h.person()) != IdentityTables.Side.FOREIGN) {
                  if (army.contains(g)) {
                    shown = foreignService.contains(g) ? Careers.Career.BOTH : Careers.Career.ARMY;
                  } else if (foreignService.contains(g) && !otherPosts.contains(g)) {
                    shown = Careers.Career.FOREIGN_SERVICE;
                  }
                }
                Slot created =
                    new Slot(
                        nameKey(h.person()),
                        h.personKey(),
                        discriminators.get(g),
                        h.person(),
                        anchor,
                        shown);
                slots.add(created);
                return created;
              });
      holders.put(h, slot);
    }
    return holders;
  }

  private Slot reference(String name, String personKey) {
    String nameKey = nameKey(name);
    for (Slot slot : slots) {
      if (slot.nameKey.equals(nameKey) && Objects.equals(slot.personKey, personKey)) {
        return slot;
      }
    }
    for (Slot slot : slots) {
      if (slot.nameKey.equals(nameKey) && (personKey == null || slot.personKey == null)) {
        return slot;
      }
    }
    Slot slot = new Slot(nameKey, personKey, null, name, null, null);
    slots.add(slot);
    if (keysAssigned) {
      // Later slots never change the keys of earlier ones, so assigning again is safe.
      assignKeys();
    }
    return slot;
  }

  private void assignKeys() {
    keysAssigned = true;
    Map<String, Integer> perName = new HashMap<>();
    for (Slot slot : slots) {
      perName.merge(slot.nameKey, 1, Integer::sum);
    }
    Set<String> taken = new HashSet<>();
    for (Slot slot : slots) {
      // The rule across articles may re-key only a person this article alone calls by the plain
      // name key: the keys of any others of the name then never depend on it.
      slot.career =
          slot.anchor == null && slot.discriminator == null && perName.get(slot.nameKey) == 1
              ? slot.shown
              : null;
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
      slot.key = corrections.apply(key, article);
    }
  }

  private static String nameKey(String name) {
    String key = PersonNameKeys.key(name);
    return key.isEmpty() ? name.strip() : key;
  }
}
