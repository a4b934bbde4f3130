package org.cadregraph.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name key that joins spellings of one person's name: case, spacing and hyphenation do not
 * count ("Kim Jong-un" = "Kim Jong Un"), leading titles and honorifics are dropped ("Marshal",
 * "Comrade", "General Secretary"), and the surname of other romanizations is mapped to the KCNA
 * form by {@link #SURNAMES} (Cho = Jo, Choi = Choe, Lee/Yi = Ri, ...). The table is applied only to
 * the first word, since that is where a Korean surname stands. Stateless and thread-safe.
 */
final class PersonNameKeys {

  /**
   * Other romanizations of Korean surnames mapped to the form KCNA writes (McCune-Reischauer
   * without diacritics, initial r kept). Documented in graph-loader/README.md.
   */
  static final Map<String, String> SURNAMES =
      Map.ofEntries(
          Map.entry("cho", "jo"),
          Map.entry("choi", "choe"),
          Map.entry("choy", "choe"),
          Map.entry("lee", "ri"),
          Map.entry("yi", "ri"),
          Map.entry("rhee", "ri"),
          Map.entry("park", "pak"),
          Map.entry("bak", "pak"),
          Map.entry("lim", "rim"),
          Map.entry("roh", "ro"),
          Map.entry("noh", "ro"),
          Map.entry("yoon", "yun"),
          Map.entry("shin", "sin"),
          Map.entry("chung", "jong"),
          Map.entry("jung", "jong"),
          Map.entry("jeong", "jong"),
          Map.entry("moon", "mun"),
          Map.entry("suh", "so"),
          Map.entry("seo", "so"),
          Map.entry("yoo", "ryu"),
          Map.entry("hyun", "hyon"),
          Map.entry("hyeon", "hyon"),
          Map.entry("chang", "jang"),
          Map.entry("oh", "o"),
          Map.entry("ahn", "an"),
          Map.entry("koh", "ko"),
          Map.entry("gim", "kim"));

  /** Words that, at the start of a name, are a title or honorific rather than part of it. */
  private static final Set<String> TITLES =
      Set.of(
          "comrade",
          "marshal",
          "vice",
          "general",
          "colonel",
          "lieutenant",
          "major",
          "senior",
          "junior",
          "admiral",
          "rear",
          "captain",
          "respected",
          "dear",
          "beloved",
          "esteemed",
          "great",
          "supreme",
          "mr",
          "mrs",
          "ms",
          "miss",
          "madam",
          "madame",
          "dr",
          "doctor",
          "prof",
          "professor",
          "hero",
          "secretary",
          "chairman",
          "chairwoman",
          "chairperson",
          "president",
          "premier",
          "minister",
          "director",
          "deputy",
          "first",
          "commander",
          "leader",
          "the",
          "of",
          "dprk",
          "wpk",
          "kpa",
          "spa",
          "sac");

  /**
   * Honorifics and forms of address written before a name ("Comrade Kim Il Sung", "Hero An Tong
   * Su"): they name a person's standing, never a body.
   */
  private static final Set<String> HONORIFICS =
      Set.of(
          "comrade",
          "hero",
          "respected",
          "dear",
          "beloved",
          "esteemed",
          "mr",
          "mrs",
          "ms",
          "miss",
          "madam",
          "madame",
          "dr",
          "prof");

  private PersonNameKeys() {}

  /** True when {@code key} (a key, lower case) is only an honorific or a form of address. */
  static boolean isHonorific(String key) {
    return HONORIFICS.contains(key);
  }

  /** The key of a name as written; the empty string for a name that has no letters. */
  static String key(String name) {
    List<String> words = new ArrayList<>(Arrays.asList(words(name)));
    // A title is dropped only while two words remain, so that "Marshal Kim" stays a name.
    while (words.size() > 2 && TITLES.contains(words.get(0))) {
      words.remove(0);
    }
    if (!words.isEmpty()) {
      words.set(0, SURNAMES.getOrDefault(words.get(0), words.get(0)));
    }
    return String.join(" ", words);
  }

  private static String[] words(String name) {
    String text =
        Normalizer.normalize(name, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replace('\u2018', '\'');
    // Hyphens, dots and commas separate syllables or words; anything else is kept as written.
    text = text.replaceAll("[-\u2010\u2011\u2013.,_\\s]+", " ").strip();
    return text.isEmpty() ? new String[0] : text.split(" ");
  }
}
