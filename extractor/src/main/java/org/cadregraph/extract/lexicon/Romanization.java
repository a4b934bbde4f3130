package org.cadregraph.extract.lexicon;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The regular shape of Korean personal names in KCNA romanization: a surname from a closed list
 * followed by one or two capitalized syllables ("Kim Jong Un", "Ri Il Hwan", "Choe Hun"). A
 * gazetteer of surnames and a grammar of syllables, no names of persons. Immutable, thread-safe.
 */
public final class Romanization {

  /** Korean surnames as KCNA writes them. */
  private static final Set<String> SURNAMES =
      Set.of(
          "Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "Yun", "Jang", "Rim", "Han", "O", "So",
          "Sin", "Kwon", "Hwang", "An", "Song", "Ryu", "Hong", "Jon", "Ko", "Mun", "Yang", "Son",
          "Pae", "Paek", "Ho", "Yu", "Nam", "Sim", "No", "Ro", "Ha", "Kwak", "Cha", "Ju", "U", "Ku",
          "Min", "Jin", "Na", "Ji", "Um", "Chae", "Won", "Chon", "Pang", "Kong", "Hyon", "Ham",
          "Pyon", "Byon", "Yom", "Yo", "Ma", "Thae", "Tong", "Ryo", "Yi", "Kye", "Chang", "Mo",
          "Myong", "Sok", "Pyo", "Ok", "Wang", "Ryom", "Kil", "Sa", "Chu", "To", "Tho", "Phyo",
          "Pho", "Pong", "Bang", "Ryang", "Ra", "Kum", "Cho", "Chi", "Yong", "Sung", "Hyun",
          "Hyong", "Jegal", "Namgung", "Hwangbo", "Sonu", "Tokko", "Im", "Thak", "Sol", "Sul",
          "Maeng", "Kal", "Kap", "Kyong", "Ye", "Hae", "Yon", "Kung");

  /** Surnames that are also common English words: only a name when followed by two syllables. */
  private static final Set<String> AMBIGUOUS_SURNAMES =
      Set.of(
          "So", "No", "An", "To", "Ha", "Sol", "Ye", "O", "U", "Ma", "Na", "Do", "Ho", "Son",
          "Song", "Sung", "Hae", "Won", "Yo");

  /** One syllable: optional initial, optional glide, vowel, optional final. */
  private static final Pattern SYLLABLE =
      Pattern.compile(
          "(?:Ch|Kh|Th|Ph|Ss|Kk|Tt|Pp|Jj|[KGNTDRLMPBSJHY])?(?:[yw])?(?:ae|oe|ui|eo|a|e|o|u|i)(?:ng|k|n|l|m|p)?",
          Pattern.CASE_INSENSITIVE);

  private Romanization() {}

  public static boolean isSurname(String token) {
    return SURNAMES.contains(token);
  }

  public static boolean isAmbiguousSurname(String token) {
    return AMBIGUOUS_SURNAMES.contains(token);
  }

  /** Surnames that never stand as a given-name syllable, so they start a new name. */
  private static final Set<String> NEVER_GIVEN =
      Set.of("Kim", "Pak", "Choe", "Ri", "Jang", "Kang", "Hwang");

  /** A capitalized given-name syllable ("Jong", "Thaek"), or two joined by a hyphen ("Jong-un"). */
  public static boolean isGivenSyllable(String token) {
    if (token.isEmpty() || !Character.isUpperCase(token.charAt(0)) || NEVER_GIVEN.contains(token)) {
      return false;
    }
    int hyphen = token.indexOf('-');
    if (hyphen > 0) {
      String second = token.substring(hyphen + 1);
      return isSyllable(token.substring(0, hyphen))
          && isSyllable(second)
          && !second.isEmpty()
          && Character.isLowerCase(second.charAt(0));
    }
    return isSyllable(token);
  }

  static boolean isSyllable(String token) {
    if (token.length() > 6 || token.isEmpty()) {
      return false;
    }
    for (int i = 1; i < token.length(); i++) {
      if (!Character.isLowerCase(token.charAt(i))) {
        return false;
      }
    }
    return SYLLABLE.matcher(token).matches();
  }
}
