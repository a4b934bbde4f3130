package org.cadregraph.extract.orgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cadregraph.extract.lexicon.RoleLexicon;

/**
 * Splits a nested organization phrase into its containment chain: "X of the Y of the Z" and "X
 * under the Y" give X in Y and Y in Z; "C.C., the WPK" stays one unit (the C.C. is named only with
 * its party: "Political Bureau of the C.C., the WPK" gives Political Bureau in C.C., the WPK); a
 * prefixed abbreviation ("KPA General Staff") gives General Staff in KPA. Places ("in Unsan
 * County") are locations, not units, and states are not parents. Segments with an indefinite
 * article ("a corps") name no particular unit and are left out. Stateless and thread-safe.
 */
final class NestedPhrasePartOfExtractor implements PartOfExtractor {

  private static final Pattern SPLIT =
      Pattern.compile(
          " of the | under the | under | of (?=[A-Z]{2}|[A-Z]\\.[A-Z]\\.)|, the"
              + " (?!WPK\\b)|(?<=C\\.C\\.), (?!(?:the )?WPK\\b)");

  /** "C.C., the WPK": the Central Committee in its party, besides the unit the pair names. */
  private static final Pattern CC_OF_PARTY = Pattern.compile("(C\\.C\\.), (?:the )?(WPK)");

  private static final Pattern LOCATION = Pattern.compile(" in [A-Z].*$");
  private static final Set<String> STATES =
      Set.of(
          "DPRK",
          "Democratic People's Republic of Korea",
          "Korea",
          "the DPRK",
          "country",
          "Republic of Korea");
  private static final Set<String> PREFIXES = Set.of("KPA", "WPK");

  private static final java.util.Map<String, String> ABBREVIATIONS =
      java.util.Map.of(
          "Workers' Party of Korea",
          "WPK",
          "Korean People's Army",
          "KPA",
          "Supreme People's Assembly",
          "SPA",
          "C.C., the WPK",
          "C.C., WPK",
          "National Defence Commission",
          "NDC");

  @Override
  public String abbreviated(String name) {
    return ABBREVIATIONS.getOrDefault(name, name);
  }

  @Override
  public List<Containment> extract(String phrase) {
    List<Containment> out = new ArrayList<>();
    if (phrase == null || phrase.isBlank()) {
      return out;
    }
    String[] parts = SPLIT.split(phrase);
    List<String> chain = new ArrayList<>();
    int at = 0;
    for (String p : parts) {
      int from = phrase.indexOf(p, at);
      at = from + p.length();
      int last = chain.size() - 1;
      if (last >= 0 && opensPurpose(chain.get(last))) {
        // "Society for the Study of the Juche Idea": the purpose goes on after "of the"
        int start = phrase.indexOf(chain.get(last));
        chain.set(last, phrase.substring(start, at).trim());
      } else {
        chain.add(p.trim());
      }
    }
    for (int i = 0; i + 1 < chain.size(); i++) {
      String child = unit(chain.get(i));
      String parent = unit(chain.get(i + 1));
      if (parent != null && i + 2 < chain.size() && namedWithItsBody(parent)) {
        // "the Political Bureau of the 6th Central Committee of the WPK", "Political Bureau of the
        // C.C., the Communist Party of China": a numbered term or a bare "C.C." is named only with
        // the body it belongs to
        int from = phrase.indexOf(chain.get(i + 1), phrase.indexOf(chain.get(i)));
        parent = unit(phrase.substring(from));
      }
      if (child != null
          && parent != null
          && !STATES.contains(parent)
          && !RoleLexicon.isCountry(parent)
          && !anaphoric(parent)
          && !child.equals(parent)) {
        out.add(new Containment(child, parent));
      }
    }
    for (String segment : chain) {
      prefixed(segment, out);
      java.util.regex.Matcher cc = CC_OF_PARTY.matcher(segment);
      if (cc.matches()) {
        out.add(new Containment(cc.group(1), cc.group(2)));
      }
    }
    return out;
  }

  /** "KPA General Political Bureau" -> General Political Bureau in KPA. */
  private static void prefixed(String segment, List<Containment> out) {
    int space = segment.indexOf(' ');
    if (space < 0) {
      return;
    }
    String first = segment.substring(0, space);
    String rest = LOCATION.matcher(segment.substring(space + 1)).replaceFirst("");
    if (PREFIXES.contains(first) && !rest.isEmpty() && Character.isUpperCase(rest.charAt(0))) {
      out.add(new Containment(rest, first));
    }
  }

  /** "Society for the Study", "Committee for Promotion": a segment ending in an open purpose. */
  private static boolean opensPurpose(String segment) {
    int f = segment.lastIndexOf(" for ");
    if (f < 0) {
      return false;
    }
    String rest = segment.substring(f + 5);
    if (rest.startsWith("the ")) {
      rest = rest.substring(4);
    }
    return !rest.isEmpty() && rest.indexOf(' ') < 0;
  }

  /** "6th Central Committee", "C.C.": a numbered term of a body, or an abbreviation of one. */
  private static boolean namedWithItsBody(String s) {
    if (s.equals("C.C.")) {
      return true;
    }
    int k = 0;
    while (k < s.length() && Character.isDigit(s.charAt(k))) {
      k++;
    }
    return k > 0 && k + 2 < s.length() && Character.isLetter(s.charAt(k)) && s.charAt(k + 2) == ' ';
  }

  /**
   * "chairman of the provincial committee of the association": a bare lower-case noun refers back
   * to a body named before; it names no unit of its own here.
   */
  private static boolean anaphoric(String s) {
    return s.indexOf(' ') < 0 && !s.isEmpty() && Character.isLowerCase(s.charAt(0));
  }

  private static String unit(String segment) {
    String s = LOCATION.matcher(segment).replaceFirst("").trim();
    if (s.startsWith("a ") || s.startsWith("an ") || s.isEmpty()) {
      return null;
    }
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return Character.isLetterOrDigit(s.charAt(0)) ? s : null;
  }
}
