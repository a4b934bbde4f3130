package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.PartOf;
import org.cadregraph.graph.IdentityTables.Side;

/**
 * The containment one article states (its part_of facts and the org paths of its posts), and the
 * organization path of each of its posts, resolved within the article:
 *
 * <ul>
 *   <li>a phrase's path is extended outwards by what the article says it is part of, taking only a
 *       parent on the holder's side (a DPRK post is never completed with a foreign owner, nor the
 *       reverse; when the holder's side is not known and the parents disagree, it is not extended);
 *   <li>a path that is a bare generic noun ("the committee", "its delegation"), or one common noun
 *       written in lower case ("head of the band", "manager of the house": state media capitalize
 *       the names of bodies), becomes the one body of that kind the article names on the holder's
 *       side, or no organization;
 *   <li>an element that is no body is dropped: a word the extractor cut from a longer name, as the
 *       fact's sentence shows ({@link #cutFromLongerName}), and an honorific taken for a body ("the
 *       DPRK Comrade Kim Il Sung", "DPRK Hero An Tong Su": the title of the name after it);
 *   <li>an ownerless party body ("Political Bureau") becomes the article's body of that name on the
 *       holder's side; failing that, for a holder not known to be foreign, the DPRK's body of that
 *       name ({@link IdentityTables#homeBodyOfBare}); failing that, no organization.
 * </ul>
 *
 * A holder's side is the side of the owners of their posts in the article (the side of a key is
 * that of the curated body or country it ends with); when that says nothing, a name whose surname
 * is not Korean is foreign. Pure (no database); built once per article, then read only.
 */
final class OrganizationPaths {
  private static final int MAX_PATH = 16;

  /** A word as an organization element may be written: letters, an apostrophe, dots. */
  private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}][\\p{L}'.]*");

  /** A lower-case word: a common noun, never the name of a body. */
  private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}[\\p{Ll}'.]*");

  /**
   * What follows a word cut from a longer name in its sentence: the rest of a hyphenated word ("the
   * Pan-national Alliance", "the Tokyo-Pyongyang Rainbow Bridge", "Ulan-Bator"), or the rest of a
   * list of names that share the head noun after them ("the Osaka, Kanagawa and Kyoto prefectural
   * headquarters", "the Nakhodka, Vladivostok and Partizansk city delegations").
   */
  private static final Pattern CUT_AFTER =
      Pattern.compile("-\\p{L}|(?:, \\p{Lu}[\\p{L}'-]*)*,? and \\p{Lu}[\\p{L}'-]* \\p{Ll}");

  private static final Pattern MINISTER = Pattern.compile("(?i)\\bminister\\b");
  private static final Set<String> KOREAN_SURNAMES =
      Set.of(
          "kim", "ri", "pak", "choe", "jong", "kang", "jo", "yun", "jang", "han", "o", "so", "hong",
          "hwang", "ryu", "song", "mun", "kwak", "thae", "ju", "jon", "pyon", "yang", "ro", "hyon",
          "sin", "cha", "chae", "ko", "tong", "paek", "jin", "an", "ho", "rim", "ryang", "kye",
          "sok", "chon", "nam", "min", "ma", "im", "yu", "kwon", "cho", "ok", "myong", "jegal",
          "pae", "u", "won", "gil", "kil", "chu", "tae", "hyun", "ji", "ka", "ham", "pang", "pong",
          "sim", "in", "ryom", "yom", "om", "chang", "chi", "ra", "rang", "tak", "kong", "son",
          "hang", "yon", "thak");

  /** Parent phrases by the key of their child phrase, in the order the article states them. */
  private final Map<String, List<String>> parents;

  /** The side of each person name key, from the posts of the article. */
  private final Map<String, Side> sides = new HashMap<>();

  /** The completed keys and paths of the article's posts, for resolving ownerless phrases. */
  private final Map<String, List<String>> named = new LinkedHashMap<>();

  private final Map<Holds, List<String>> resolved = new IdentityHashMap<>();

  private OrganizationPaths(Map<String, List<String>> parents) {
    this.parents = parents;
  }

  /** The containment stated by one article's facts, and its posts' paths resolved. */
  static OrganizationPaths of(List<Fact> facts) {
    Map<String, List<String>> parents = new HashMap<>();
    for (Fact fact : facts) {
      if (fact instanceof PartOf p) {
        if (bodies(List.of(p.child(), p.parent()), p.evidence()).size() == 2) {
          addParent(parents, p.child(), p.parent());
        }
      } else if (fact instanceof Holds h) {
        List<String> path = bodies(h.orgPath(), h.evidence());
        for (int i = 0; i + 1 < path.size(); i++) {
          addParent(parents, path.get(i), path.get(i + 1));
        }
      }
    }
    OrganizationPaths paths = new OrganizationPaths(parents);
    paths.resolve(facts);
    return paths;
  }

  private static void addParent(Map<String, List<String>> parents, String child, String parent) {
    List<String> known =
        parents.computeIfAbsent(OrganizationKeys.organization(child), k -> new ArrayList<>());
    String key = OrganizationKeys.organization(parent);
    for (String p : known) {
      if (OrganizationKeys.organization(p).equals(key)) {
        return;
      }
    }
    known.add(parent);
  }

  /** The resolved path of a post's organization, innermost first; empty when it names none. */
  List<String> of(Holds h) {
    List<String> path = resolved.get(h);
    return path != null ? path : resolveOne(h, sideOf(h.person()));
  }

  /** The path extended outwards by the article's part_of statements; a cycle stops it. */
  List<String> complete(List<String> start) {
    return complete(start, Side.UNKNOWN);
  }

  /** The side of the curated body or country a key ends with (its owner). */
  static Side side(String key) {
    IdentityTables tables = IdentityTables.INSTANCE;
    String suffix = key;
    while (true) {
      IdentityTables.Body body = tables.body(suffix);
      if (body != null) {
        return body.side();
      }
      if (tables.countryName(suffix) != null) {
        return Side.FOREIGN;
      }
      int of = suffix.indexOf(" of ");
      if (of < 0) {
        return Side.UNKNOWN;
      }
      suffix = suffix.substring(of + 4);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void resolve(List<Fact> facts) {
    Map<String, int[]> seen = new HashMap<>();
    List<Holds> holds = new ArrayList<>();
    for (Fact fact : facts) {
      if (fact instanceof Holds h) {
        holds.add(h);
        List<String> path = complete(ministry(h, start(h)), Side.UNKNOWN);
        String key = OrganizationKeys.pathKey(path);
        if (!key.isEmpty()) {
          named.putIfAbsent(key, path);
          // The side a post states itself, not one borrowed from another post's containment.
          Side stated = side(OrganizationKeys.pathKey(start(h)));
          if (stated != Side.UNKNOWN) {
            seen.computeIfAbsent(PersonNameKeys.key(h.person()), k -> new int[2])[
                stated.ordinal()]++;
          }
        }
      } else if (fact instanceof PartOf p) {
        List<String> path = complete(List.of(p.child()), Side.UNKNOWN);
        named.putIfAbsent(OrganizationKeys.pathKey(path), path);
      }
    }
    for (Map.Entry<String, int[]> e : seen.entrySet()) {
      int home = e.getValue()[Side.HOME.ordinal()];
      int foreign = e.getValue()[Side.FOREIGN.ordinal()];
      // Most of what a person's posts say; a tie says nothing.
      sides.put(
          e.getKey(), home > foreign ? Side.HOME : foreign > home ? Side.FOREIGN : Side.UNKNOWN);
    }
    for (Holds h : holds) {
      resolved.put(h, resolveOne(h, sideOf(h.person())));
    }
  }

  /** The side of a person the article names: see the class comment. */
  Side personSide(String person) {
    return sideOf(person);
  }

  private Side sideOf(String person) {
    String nameKey = PersonNameKeys.key(person);
    if (nameKey.isEmpty()) {
      return Side.UNKNOWN;
    }
    // State media romanize every Korean name with a Korean surname: anyone else is foreign.
    String surname = nameKey.split(" ")[0];
    if (!KOREAN_SURNAMES.contains(surname)) {
      return Side.FOREIGN;
    }
    return sides.getOrDefault(nameKey, Side.UNKNOWN);
  }

  private List<String> resolveOne(Holds h, Side holder) {
    return resolve(complete(ministry(h, start(h)), holder), holder);
  }

  /**
   * "Minister of Agriculture" is written as the role "minister" of the organization "Agriculture":
   * a minister's one-element organization that is no body, country or generic noun is the ministry
   * of that field.
   */
  private static List<String> ministry(Holds h, List<String> start) {
    if (start.size() != 1 || h.role() == null || !MINISTER.matcher(h.role()).find()) {
      return start;
    }
    String key = OrganizationKeys.organization(start.get(0));
    IdentityTables tables = IdentityTables.INSTANCE;
    if (key.isEmpty()
        || key.contains(" of ")
        || key.startsWith("ministry")
        || tables.body(key) != null
        || tables.countryName(key) != null
        || tables.isGenericNoun(key)) {
      return start;
    }
    return List.of("Ministry of " + start.get(0));
  }

  /**
   * A part_of or honour's phrase resolved as a post's is, for a holder of unknown side: completed,
   * and an ownerless or generic outer part made the article's body of that kind; {@code evidence}
   * is the fact's (or null).
   */
  List<String> resolved(List<String> start, Evidence evidence) {
    return resolve(complete(bodies(start, evidence), Side.UNKNOWN), Side.UNKNOWN);
  }

  /**
   * The elements of a path that may name a body, as the sentence of the fact stating them writes
   * them (see the class comment).
   */
  private static List<String> bodies(List<String> path, Evidence evidence) {
    List<String> out = new ArrayList<>(path.size());
    for (String phrase : path) {
      String key = OrganizationKeys.organization(phrase);
      if (PersonNameKeys.isHonorific(key)
          || evidence != null && cutFromLongerName(phrase.strip(), evidence.sentence())) {
        continue;
      }
      out.add(phrase);
    }
    return out.size() == path.size() ? path : out;
  }

  /**
   * True when {@code phrase} is one word that its {@code sentence} writes only as the start of a
   * longer name ({@link #CUT_AFTER}): the extractor cut the name there, so the word names no body.
   * A country or curated body is cut only from a hyphenated word ("the Switzerland-Korea
   * Committee"), since a list of countries ("between Laos and Vietnam") is no cut.
   */
  static boolean cutFromLongerName(String phrase, String sentence) {
    if (!ONE_WORD.matcher(phrase).matches()) {
      return false;
    }
    String key = OrganizationKeys.organization(phrase);
    IdentityTables tables = IdentityTables.INSTANCE;
    boolean known = tables.body(key) != null || tables.countryName(key) != null;
    Matcher word = Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(sentence);
    boolean seen = false;
    while (word.find()) {
      seen = true;
      Matcher after = CUT_AFTER.matcher(sentence).region(word.end(), sentence.length());
      if (!after.lookingAt() || known && sentence.charAt(word.end()) != '-') {
        return false;
      }
    }
    return seen;
  }

  /**
   * A one-word element written in lower case that names no body of its own: a common noun, which
   * refers back like a generic noun.
   */
  private static boolean commonNoun(List<String> outer) {
    if (outer.size() != 1 || !LOWER_CASE.matcher(outer.get(0).strip()).matches()) {
      return false;
    }
    String key = OrganizationKeys.organization(outer.get(0));
    IdentityTables tables = IdentityTables.INSTANCE;
    return !key.isEmpty()
        && !key.contains(" ")
        && tables.body(key) == null
        && tables.countryName(key) == null
        && tables.homeBodyOfBare(key) == null;
  }

  private List<String> resolve(List<String> path, Side holder) {
    if (path.isEmpty()) {
      return List.of();
    }
    String key = OrganizationKeys.pathKey(path);
    Side stated = side(key);
    if (holder != Side.UNKNOWN && stated != Side.UNKNOWN && stated != holder) {
      // A post from the other side of a bilateral report ("member of the Political Bureau of the
      // C.C., the WPK" given to the CPC's delegate): the body of that kind on the holder's side.
      String kind = key.split(" of ", 2)[0];
      boolean generic = IdentityTables.INSTANCE.isGenericNoun(kind);
      List<String> own = ownerless(kind, holder, true, generic);
      return own == null ? List.of() : own;
    }
    IdentityTables tables = IdentityTables.INSTANCE;
    // The outermost part that names no owner ("Central Committee" in "department of the Central
    // Committee"), resolved; the inner elements are kept.
    for (int i = 0; i < path.size(); i++) {
      List<String> outer = path.subList(i, path.size());
      String outerKey = OrganizationKeys.pathKey(outer);
      boolean generic = tables.isGenericNoun(outerKey) || commonNoun(outer);
      if (!generic && tables.homeBodyOfBare(outerKey) == null) {
        continue;
      }
      List<String> own = ownerless(outerKey, holder, false, generic);
      List<String> out = new ArrayList<>(path.subList(0, i));
      if (own == null) {
        // "the Political Bureau of the ministry" with no ministry named: no body can be told.
        return List.of();
      }
      out.addAll(own);
      return List.copyOf(out);
    }
    return List.copyOf(path);
  }

  /**
   * The path of the body of kind {@code key} (a generic noun or an ownerless body) the article
   * names on the holder's side; failing that, for an ownerless party body and a holder not known to
   * be foreign, the DPRK's; else null. {@code anyKind} also takes a body whose key merely starts
   * with the kind (a post moved to the other side); {@code generic} takes a body whose name ends
   * with the noun ("the committee" is "the National Funeral Committee").
   */
  private List<String> ownerless(String key, Side holder, boolean anyKind, boolean generic) {
    IdentityTables tables = IdentityTables.INSTANCE;
    String homeBody = tables.homeBodyOfBare(key);
    String noun = " " + key;
    List<String> found = null;
    String foundKey = null;
    for (Map.Entry<String, List<String>> e : named.entrySet()) {
      String candidate = e.getKey();
      String first = candidate.split(" of ", 2)[0];
      boolean sameKind =
          candidate.startsWith(key + " of ")
              || (generic && (" " + first).endsWith(noun) && !first.equals(key));
      if (!sameKind || (!anyKind && tables.homeBodyOfBare(candidate) != null)) {
        continue;
      }
      Side side = side(candidate);
      if (side == Side.UNKNOWN
          ? anyKind
          : holder == Side.UNKNOWN ? side == Side.FOREIGN : side != holder) {
        continue;
      }
      if (foundKey != null && !foundKey.equals(candidate)) {
        return null; // two bodies of that kind: too thin to choose
      }
      found = e.getValue();
      foundKey = candidate;
    }
    if (found != null) {
      return found;
    }
    if (homeBody != null && holder != Side.FOREIGN) {
      return bodyPath(homeBody);
    }
    return null;
  }

  /** A curated body's path: its name, then its parents' names. */
  private static List<String> bodyPath(String key) {
    List<String> path = new ArrayList<>();
    IdentityTables.Body body = IdentityTables.INSTANCE.body(key);
    while (body != null && path.size() < MAX_PATH) {
      path.add(body.name());
      body = body.parent() == null ? null : IdentityTables.INSTANCE.body(body.parent());
    }
    return path;
  }

  private static List<String> start(Holds h) {
    if (!h.orgPath().isEmpty()) {
      return bodies(h.orgPath(), h.evidence());
    }
    return h.organization() == null ? List.of() : bodies(List.of(h.organization()), h.evidence());
  }

  private List<String> complete(List<String> start, Side holder) {
    List<String> path = new ArrayList<>(start);
    if (path.isEmpty()) {
      return path;
    }
    Set<String> seen = new HashSet<>();
    for (String phrase : path) {
      seen.add(OrganizationKeys.organization(phrase));
    }
    while (path.size() < MAX_PATH) {
      String parent = parent(path.get(path.size() - 1), holder);
      if (parent == null || !seen.add(OrganizationKeys.organization(parent))) {
        break;
      }
      path.add(parent);
    }
    return path;
  }

  /** The parent the article states for a phrase on the holder's side, or null. */
  private String parent(String phrase, Side holder) {
    List<String> candidates = parents.get(OrganizationKeys.organization(phrase));
    if (candidates == null) {
      return null;
    }
    String chosen = null;
    Set<Side> sidesSeen = new HashSet<>();
    for (String candidate : candidates) {
      Side side = side(OrganizationKeys.organization(candidate));
      sidesSeen.add(side);
      if (chosen == null && (holder == Side.UNKNOWN || side == Side.UNKNOWN || side == holder)) {
        chosen = candidate;
      }
    }
    if (holder == Side.UNKNOWN
        && sidesSeen.contains(Side.HOME)
        && sidesSeen.contains(Side.FOREIGN)) {
      return null;
    }
    return chosen;
  }
}
