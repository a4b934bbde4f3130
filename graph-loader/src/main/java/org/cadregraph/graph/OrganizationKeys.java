package org.cadregraph.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
          Map.entry("kcna", "korean central news agency"));

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

  /** The state the corpus reports from: "X of the DPRK" is the same body as X. */
  private static final String HOME_STATE = "democratic people's republic of korea";

  private OrganizationKeys() {}

  /** The key of one phrase (an element of a path, a role, or an event name). */
  static String key(String phrase) {
    List<String> words = words(phrase);
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
      if (head != null && seg.size() > 1) {
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
      String key = key(path.get(i));
      if (key.isEmpty()) {
        continue;
      }
      if (outer.isEmpty() || key.equals(outer) || key.endsWith(" of " + outer)) {
        outer = key;
      } else {
        outer = key + " of " + outer;
      }
    }
    return withoutHomeState(outer);
  }

  private static List<String> words(String phrase) {
    String text =
        Normalizer.normalize(phrase, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace("c.c.", "cc");
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
    return words;
  }
}
