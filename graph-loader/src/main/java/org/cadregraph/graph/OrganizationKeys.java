package org.cadregraph.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Keys that identify organizations, roles and event names whatever their spelling: case, spacing,
 * hyphens and "the" do not count, "under" reads as "of" (both state containment), and the
 * abbreviations of {@link #ABBREVIATIONS} are expanded, with a leading one turned round ("WPK
 * Central Committee" = "Central Committee of the WPK" = "Central Committee of the Workers' Party of
 * Korea"), a few {@link #ALIASES} name the Party's bodies ("Party Central Committee"), and a
 * trailing "of the DPRK" is dropped (the corpus is the DPRK's own media, where "the State Affairs
 * Commission" and "the State Affairs Commission of the DPRK" are one body). An organization is
 * identified by its full path: the keys of its elements, innermost first, joined with " of ".
 * Stateless and thread-safe.
 */
final class OrganizationKeys {

  /** Abbreviations in state-media English and their expansion (written as a key). */
  static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("wpk", "workers' party of korea"),
          Map.entry("kwp", "workers' party of korea"),
          Map.entry("kpa", "korean people's army"),
          Map.entry("spa", "supreme people's assembly"),
          Map.entry("sac", "state affairs commission"),
          Map.entry("ndc", "national defence commission"),
          Map.entry("cmc", "central military commission"),
          Map.entry("cc", "central committee"),
          Map.entry("dprk", "democratic people's republic of korea"),
          Map.entry("kdyl", "kimilsungist kimjongilist youth league"),
          Map.entry("kcna", "korean central news agency"),
          Map.entry("cpc", "communist party of china"));

  /**
   * Phrases that name a body of the Workers' Party without saying so, in state-media English ("the
   * Party Central Committee"), and other names of the Party; matched per " of " segment, after
   * abbreviations are expanded.
   */
  static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("party central committee", "central committee of workers' party of korea"),
          Map.entry(
              "party central military commission",
              "central military commission of workers' party of korea"),
          Map.entry("korean workers' party", "workers' party of korea"));

  /** Abbreviations of bodies, which come before their owner ("CC WPK"), not after it. */
  private static final java.util.Set<String> BODY_ABBREVIATIONS = java.util.Set.of("cc", "cmc");

  /** Words that may open an organization phrase but are no part of the name. */
  private static final java.util.regex.Pattern LEADING =
      java.util.regex.Pattern.compile(
          "on|in|at|its|his|her|their|our|this|that|these|\\(?[0-9]+\\)?|january|february|march"
              + "|april|may|june|july|august|september|october|november|december|monday|tuesday"
              + "|wednesday|thursday|friday|saturday|sunday");

  /**
   * A dateline's weekday after a name ("President ... of the Presidium of the SPA of the DPRK
   * Wednesday sent a message"): no part of it.
   */
  private static final java.util.regex.Pattern TRAILING =
      java.util.regex.Pattern.compile("monday|tuesday|wednesday|thursday|friday|saturday|sunday");

  /** A number: after "Juche" it is the year of the DPRK's calendar ("Juche 101"). */
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]+");

  /** The state the corpus reports from: "X of the DPRK" is the same body as X. */
  private static final String HOME_STATE = "democratic people's republic of korea";

  private OrganizationKeys() {}

  /** The key of one phrase that is not an organization (a role, an event name, an honour). */
  static String key(String phrase) {
    return segmentsKey(words(phrase, false), false);
  }

  /**
   * The canonical key of an organization phrase: as {@link #key} and, besides, a comma reads as
   * "of" ("C.C., WPK"), a leading date or determiner is dropped ("on January 12 ...", "its
   * delegation"), a country's other names and nationality adjectives are the country ("Russian" =
   * "Russia", "Chinese delegation" = "delegation of China", "PRC" = "China"), and the other keys of
   * the curated bodies ({@link IdentityTables}) are their canonical key.
   */
  static String organization(String phrase) {
    return remembered(
        ORGANIZATION_CACHE, phrase, p -> canonical(segmentsKey(words(p, true), true)));
  }

  /**
   * The keys of phrases already seen: a pure function of the phrase, asked for many times per
   * article (paths, their suffixes, sides), so the cache only saves work. Bounded; thread-safe.
   */
  private static final Map<String, String> ORGANIZATION_CACHE = new ConcurrentHashMap<>();

  private static final Map<String, String> CANONICAL_CACHE = new ConcurrentHashMap<>();

  private static final int CACHE_SIZE = 200_000;

  /** {@code compute(in)}, looked up in {@code cache} first; a full cache starts again empty. */
  private static String remembered(
      Map<String, String> cache, String in, UnaryOperator<String> compute) {
    String known = cache.get(in);
    if (known != null) {
      return known;
    }
    String out = compute.apply(in);
    if (cache.size() >= CACHE_SIZE) {
      cache.clear();
    }
    cache.put(in, out);
    return out;
  }

  private static String segmentsKey(List<String> words, boolean organization) {
    List<List<String>> segments = new ArrayList<>();
    List<String> segment = new ArrayList<>();
    for (String word : words) {
      if (word.equals("of")) {
        segments.add(segment);
        segment = new ArrayList<>();
      } else {
        segment.add(word);
      }
    }
    segments.add(segment);
    List<String> out = new ArrayList<>();
    for (List<String> seg : segments) {
      if (seg.isEmpty()) {
        continue;
      }
      String head = ABBREVIATIONS.get(seg.get(0));
      List<String> expanded = new ArrayList<>();
      if (organization) {
        String country = countrySegment(seg);
        if (country != null) {
          out.add(country);
          continue;
        }
      }
      if (head != null
          && seg.size() > 1
          && !(organization && BODY_ABBREVIATIONS.contains(seg.get(0)))) {
        // "wpk central committee": the body comes first, the organization it belongs to after.
        for (String word : seg.subList(1, seg.size())) {
          expanded.add(ABBREVIATIONS.getOrDefault(word, word));
        }
        out.add(String.join(" ", expanded) + " of " + head);
      } else {
        for (String word : seg) {
          expanded.add(ABBREVIATIONS.getOrDefault(word, word));
        }
        String joined = String.join(" ", expanded);
        out.add(ALIASES.getOrDefault(joined, joined));
      }
    }
    return withoutHomeState(String.join(" of ", out));
  }

  /**
   * A segment that names a country: the country's key; "adjective generic-noun" ("Chinese
   * delegation"): "noun of country"; otherwise null.
   */
  private static String countrySegment(List<String> seg) {
    IdentityTables tables = IdentityTables.INSTANCE;
    String whole = String.join(" ", seg);
    String country = tables.country(whole);
    if (country != null) {
      return country;
    }
    if (seg.size() > 1) {
      String adjective = tables.country(seg.get(0));
      String rest = String.join(" ", seg.subList(1, seg.size()));
      if (adjective != null && tables.isGenericNoun(rest)) {
        return rest + " of " + adjective;
      }
    }
    return null;
  }

  /**
   * The key with country names that span " of " made the country's key, then the other keys of
   * curated bodies made canonical wherever they end the key ("presidium of political bureau of
   * workers' party of korea" ends with an alias of the Political Bureau).
   */
  static String canonical(String key) {
    return remembered(CANONICAL_CACHE, key, OrganizationKeys::canonicalUncached);
  }

  private static String canonicalUncached(String key) {
    IdentityTables tables = IdentityTables.INSTANCE;
    String out = key;
    for (String name : tables.multiSegmentCountryNames()) {
      if (out.equals(name) || out.endsWith(" of " + name)) {
        out = out.substring(0, out.length() - name.length()) + tables.country(name);
      }
    }
    for (int round = 0; round < 4; round++) {
      String before = out;
      for (String alias : tables.aliasesLongestFirst()) {
        if (out.equals(alias)) {
          out = tables.canonicalOf(alias);
          break;
        }
        if (out.endsWith(" of " + alias)) {
          out = out.substring(0, out.length() - alias.length()) + tables.canonicalOf(alias);
          break;
        }
      }
      if (out.equals(before)) {
        break;
      }
    }
    return withoutHomeState(out);
  }

  private static String withoutHomeState(String key) {
    String suffix = " of " + HOME_STATE;
    return key.endsWith(suffix) ? key.substring(0, key.length() - suffix.length()) : key;
  }

  /**
   * The key of a path of phrases, innermost first. An element that already names what contains it
   * ("WPK Central Committee" before "WPK") absorbs it rather than repeat it.
   */
  static String pathKey(List<String> path) {
    String outer = "";
    for (int i = path.size() - 1; i >= 0; i--) {
      String key = organization(path.get(i));
      if (key.isEmpty()) {
        continue;
      }
      if (outer.isEmpty() || key.equals(outer) || key.endsWith(" of " + outer)) {
        outer = key;
      } else {
        outer = key + " of " + outer;
      }
    }
    return canonical(outer);
  }

  private static List<String> words(String phrase, boolean organization) {
    String text =
        Normalizer.normalize(phrase, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace("c.c.", "cc")
            .replaceAll("\\bc\\.c\\b", "cc");
    if (organization) {
      // "C.C., WPK", "the Political Bureau, the CPC Central Committee": the comma states
      // containment.
      text = text.replaceAll("\\s*,\\s*(?=\\S)", " of ");
    }
    text = text.replaceAll("[-\u2010\u2011\u2013_,;:\\s]+", " ");
    List<String> words = new ArrayList<>();
    for (String raw : text.strip().split(" ")) {
      String word = raw;
      // "(wpk)" after the full name repeats it; "no." is "no".
      if (word.startsWith("(")
          && word.endsWith(")")
          && ABBREVIATIONS.containsKey(word.substring(1, word.length() - 1))) {
        continue;
      }
      if (word.endsWith(".") && word.length() > 1) {
        word = word.substring(0, word.length() - 1);
      }
      if (word.isEmpty() || word.equals("the")) {
        continue;
      }
      words.add(word.equals("under") ? "of" : word);
    }
    if (organization) {
      // A dateline or date is never part of a name; nor is a determiner ("its delegation"). A
      // year of the Juche calendar is a date, the Juche idea a name ("Institute of the Juche
      // Idea").
      int start = 0;
      while (start < words.size()
          && (LEADING.matcher(words.get(start)).matches()
              || words.get(start).equals("juche")
                  && start + 1 < words.size()
                  && NUMBER.matcher(words.get(start + 1)).matches())) {
        start++;
      }
      while (words.size() > start
          && (words.get(words.size() - 1).equals("of")
              || TRAILING.matcher(words.get(words.size() - 1)).matches())) {
        words.remove(words.size() - 1);
      }
      return start == 0
          ? words
          : new ArrayList<>(words.subList(Math.min(start, words.size()), words.size()));
    }
    return words;
  }
}
