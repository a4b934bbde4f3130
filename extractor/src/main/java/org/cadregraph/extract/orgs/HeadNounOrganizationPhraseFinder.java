package org.cadregraph.extract.orgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cadregraph.extract.lexicon.PostGrammar;
import org.cadregraph.extract.lexicon.RoleLexicon;
import org.cadregraph.extract.model.NameIndex;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.Sentence;

/**
 * Finds stand-alone nested organization phrases by their head nouns: a capitalized phrase "X of
 * [the] Y" (or "KPA X") where X ends in the head noun of a body or unit ("Committee", "Command",
 * "Corps", "Unit 655") and Y is an organization too (ends in such a head or is one of the
 * institutions every report names: KPA, WPK, SPA, Cabinet). "80th anniversary of the KPA" or "Order
 * of the National Flag" have no such head and are left out. Stateless and thread-safe.
 */
final class HeadNounOrganizationPhraseFinder implements OrganizationPhraseFinder {

  /** Heads of units and bodies beyond the organization heads of the {@link RoleLexicon}. */
  private static final Set<String> UNIT_HEADS =
      Set.of(
          "Command",
          "Corps",
          "Force",
          "Forces",
          "Division",
          "Brigade",
          "Regiment",
          "Battalion",
          "Headquarters",
          "Guards",
          "Fleet",
          "Unit",
          "Units",
          "Branch",
          "Board",
          "Station",
          "Directorate",
          "Administration");

  private static final Set<String> INSTITUTIONS =
      Set.of(
          "KPA",
          "WPK",
          "SPA",
          "Cabinet",
          "NDC",
          "SAC",
          "Korean People's Army",
          "Workers' Party of Korea",
          "Supreme People's Assembly",
          "C.C., the WPK",
          "C.C., WPK");

  /** "KPA Supreme Command", "KPA Combined Unit 655": the army's units are named with its prefix. */
  private static final Set<String> PREFIXES = Set.of("KPA");

  @Override
  public List<String> find(Sentence s, List<PersonName> names) {
    NameIndex index = new NameIndex(names);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      boolean unitNumber =
          Character.isDigit(s.token(i).text().charAt(0))
              && i + 1 < s.size()
              && s.token(i + 1).isCapitalized();
      boolean starts =
          (s.token(i).isCapitalized() || unitNumber)
              && !index.startsAt(i)
              && (i == 0 || !s.token(i - 1).isCapitalized() || s.token(i - 1).is("The"));
      if (!starts) {
        i++;
        continue;
      }
      int end = PostGrammar.orgEnd(s, i, index);
      String phrase = end > i ? PostGrammar.orgText(s, i, end) : null;
      if (phrase != null
          && (phrase.contains(" of ")
              || phrase.contains(" under ")
              || PREFIXES.contains(s.token(i).text()))) {
        out.add(phrase);
      }
      i = Math.max(end, i + 1);
    }
    return out;
  }

  @Override
  public boolean isOrganization(String phrase) {
    if (INSTITUTIONS.contains(phrase)) {
      return true;
    }
    String[] words = phrase.split(" ");
    String last = words[words.length - 1];
    if (words.length >= 2 && Character.isDigit(last.charAt(0))) {
      last = words[words.length - 2];
    }
    if (!Character.isUpperCase(phrase.charAt(0)) && !Character.isDigit(phrase.charAt(0))) {
      return false;
    }
    return RoleLexicon.isOrganizationHead(last) || UNIT_HEADS.contains(last);
  }
}
