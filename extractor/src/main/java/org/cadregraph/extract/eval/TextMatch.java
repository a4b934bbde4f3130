package org.cadregraph.extract.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The string comparisons of the reference scorer ({@code eval/score.py}), function for function:
 * its {@code _clean}, {@code person_key}, {@code role_match}, {@code org_match} and {@code _post}.
 * Kept in one place so that every measure compares strings the same way. Stateless and thread-safe.
 */
final class TextMatch {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}_' .]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String WORD_CHAR = "[\\p{L}\\p{N}_']";

  private TextMatch() {}

  /**
   * score.py's {@code _clean}: NFKC, curly quotes straightened, lower case, hyphens to spaces,
   * punctuation out, leading articles off.
   */
  static String clean(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
    t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
    t = t.toLowerCase(Locale.ROOT).replace("-", " ");
    t = NOT_WORD.matcher(t).replaceAll(" ");
    t = SPACES.matcher(t).replaceAll(" ");
    t = strip(t, " .,;:");
    String[] words = t.isEmpty() ? new String[0] : t.split(" ");
    int k = 0;
    while (k < words.length && ARTICLES.contains(words[k])) {
      k++;
    }
    return String.join(" ", Arrays.copyOfRange(words, k, words.length));
  }

  /** score.py's {@code norm}: null stays null, anything else is cleaned. */
  static String norm(String s) {
    return s == null ? null : clean(s);
  }

  /** score.py's {@code person_key}: surname, a space, then the given name without spaces. */
  static String personKey(String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    String c = clean(name).replace(".", " ").trim();
    if (c.isEmpty()) {
      return null;
    }
    String[] w = SPACES.split(c);
    StringBuilder key = new StringBuilder(w[0]).append(' ');
    for (int i = 1; i < w.length; i++) {
      key.append(w[i]);
    }
    return key.toString();
  }

  /** Equal, or (lenient) the same head word and the words of one a subset of the other's. */
  static boolean roleMatch(String sys, String gold, boolean lenient) {
    if (Objects.equals(sys, gold)) {
      return true;
    }
    if (!lenient || sys == null || gold == null) {
      return false;
    }
    List<String> a = List.of(sys.split(" "));
    List<String> b = List.of(gold.split(" "));
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    return a.get(a.size() - 1).equals(b.get(b.size() - 1))
        && (sb.containsAll(sa) || sa.containsAll(sb));
  }

  /**
   * Equal, or (lenient) word sets with a Jaccard overlap of at least 0.6, or one the start of the
   * other and at least half its length in words ("X of Y" against "X of Y under Z").
   */
  static boolean orgMatch(String sys, String gold, boolean lenient) {
    if (Objects.equals(sys, gold)) {
      return true;
    }
    if (!lenient || sys == null || gold == null) {
      return false;
    }
    Set<String> a = words(sys);
    Set<String> b = words(gold);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if ((double) inter.size() / union.size() >= 0.6) {
      return true;
    }
    // Python's sorted(key=len) is stable: on equal lengths the system's string is the short one.
    String shortS = sys.length() <= gold.length() ? sys : gold;
    String longS = sys.length() <= gold.length() ? gold : sys;
    return (longS + " ").startsWith(shortS + " ")
        && pySplit(shortS).length >= 0.5 * pySplit(longS).length;
  }

  /**
   * score.py's {@code _post}: the whole post as one phrase, role "of" organization, articles left
   * out, so that "member" + "Political Bureau of the C.C." equals "member of the Political Bureau"
   * + "C.C."; null where there is no role.
   */
  static String post(String role, String org) {
    if (role == null) {
      return null;
    }
    String text = org == null ? role : role + " of " + org;
    StringBuilder out = new StringBuilder();
    for (String w : pySplit(text)) {
      if (!ARTICLES.contains(w)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(w);
      }
    }
    return out.toString();
  }

  /** Python's {@code set(s.split())} for a non-empty string, else the empty set. */
  static Set<String> words(String s) {
    return s == null || s.isEmpty() ? Set.of() : new HashSet<>(List.of(pySplit(s)));
  }

  /** Python's argument-less {@code str.split()}: runs of whitespace, no empty pieces. */
  static String[] pySplit(String s) {
    String t = s.strip();
    return t.isEmpty() ? new String[0] : SPACES.split(t);
  }

  /**
   * True where {@code surface}, cleaned, has two words or more and stands in {@code text} (already
   * cleaned) as whole words.
   */
  static boolean namedInText(String surface, String text) {
    if (surface == null || surface.isEmpty() || text == null || text.isEmpty()) {
      return false;
    }
    String s = clean(surface);
    return pySplit(s).length >= 2
        && Pattern.compile("(?<!" + WORD_CHAR + ")" + Pattern.quote(s) + "(?!" + WORD_CHAR + ")")
            .matcher(text)
            .find();
  }

  private static String strip(String s, String chars) {
    int a = 0;
    int b = s.length();
    while (a < b && chars.indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    return s.substring(a, b);
  }
}
