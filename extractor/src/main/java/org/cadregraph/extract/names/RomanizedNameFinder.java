package org.cadregraph.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cadregraph.extract.lexicon.RoleLexicon;
import org.cadregraph.extract.lexicon.Romanization;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.model.Token;

/**
 * Finds persons by the regular shape of names: Korean names in KCNA romanization (a surname from
 * the {@link Romanization} gazetteer and one or two given syllables), skipped where they only start
 * an institution's name ("Kim Il Sung University", "O Jin U Artillery Academy"); and foreign names
 * written after a title ("Russian Ambassador Alexandr Matsegora", "Vietnamese President Nguyen Phu
 * Trong"). Stateless and thread-safe.
 */
final class RomanizedNameFinder implements NameFinder {

  /** Words that, right after a name, show it names an institution, place or prize instead. */
  private static final Set<String> INSTITUTION_WORDS =
      Set.copyOf(
          List.of(
              "University",
              "Square",
              "Academy",
              "Prize",
              "Order",
              "Youth",
              "Socialist",
              "Street",
              "Stadium",
              "Hall",
              "Mausoleum",
              "Palace",
              "Factory",
              "Works",
              "Complex",
              "Military",
              "Political",
              "Higher",
              "Medal",
              "Plaza",
              "Memorial",
              "Statue",
              "Statues",
              "Bridge",
              "Foundation",
              "Library",
              "School",
              "College",
              "Institute",
              "Mill",
              "Farm",
              "Mine",
              "Station",
              "Hospital",
              "Theatre",
              "Theater",
              "Park",
              "Revolutionary",
              "Artillery",
              "Naval",
              "Air",
              "Navy",
              "Army",
              "Unit",
              "Guard",
              "Guards",
              "Commanding",
              "Party",
              "Technical",
              "Medical",
              "Industrial",
              "Art",
              "Arts",
              "Troupe",
              "Ensemble",
              "Orchestra",
              "Prize",
              "Award",
              "Badge",
              "Birthplace",
              "Residence",
              "Museum",
              "Exhibition",
              "House",
              "Bureau",
              "Hero",
              "Kimilsungia",
              "Kimjongilia",
              "Patriotic",
              "Memorial",
              "Tower",
              "Monument",
              "Centre",
              "Center",
              "Children's",
              "Secondary",
              "Primary",
              "Middle",
              "Senior",
              "Cooperative",
              "Shipyard",
              "Complex",
              "Chemical",
              "Machine",
              "Steel",
              "Iron",
              "Metal",
              "Power",
              "Plant",
              "Company",
              "Corporation",
              "Bridge",
              "Era",
              "Period",
              "Age",
              "Republic",
              "Field",
              "Shop",
              "Sanatorium",
              "Camp",
              "Tomb",
              "Cemetery",
              "Hotel",
              "Dockyard",
              "Port",
              "Harbour",
              "Harbor",
              "Lake",
              "Mountain",
              "County"));

  /** Title words after which a foreign person's name follows. */
  private static final Set<String> FOREIGN_TITLES =
      Set.copyOf(
          List.of(
              "President",
              "Ambassador",
              "Premier",
              "Minister",
              "Chairman",
              "Chairwoman",
              "Secretary",
              "Mr.",
              "Mrs.",
              "Ms.",
              "Madame",
              "Dr.",
              "Prof.",
              "Envoy",
              "Counsellor",
              "Councillor",
              "Governor",
              "Mayor",
              "Sheikh",
              "Prince",
              "King",
              "Queen",
              "Emperor",
              "Comrade",
              "Speaker",
              "Chancellor",
              "Director-General",
              "Secretary-General",
              "Affaires",
              "d'Affaires",
              "Representative",
              "Attache",
              "Consul",
              "Consul-General",
              "Leader",
              "Vice-President",
              "Vice-Chairman",
              "Deputy"));

  private static final Set<String> NOT_NAME_WORDS =
      Set.copyOf(
          List.of(
              "The",
              "A",
              "An",
              "Of",
              "And",
              "In",
              "On",
              "At",
              "To",
              "For",
              "DPRK",
              "KPA",
              "WPK",
              "Korea",
              "Korean",
              "Party",
              "Central",
              "Committee",
              "People's",
              "Republic",
              "State",
              "Government",
              "Embassy",
              "Democratic",
              "National",
              "Supreme",
              "Assembly",
              "Cabinet",
              "Foreign",
              "Affairs",
              "Ministry",
              "General",
              "Army",
              "Kim",
              "January",
              "February",
              "March",
              "April",
              "May",
              "June",
              "July",
              "August",
              "September",
              "October",
              "November",
              "December",
              "Monday",
              "Tuesday",
              "Wednesday",
              "Thursday",
              "Friday",
              "Saturday",
              "Sunday",
              "Pyongyang",
              "Federation",
              "Union",
              "Council",
              "Commission",
              "Office",
              "Delegation",
              "Plenipotentiary",
              "Extraordinary",
              "Minister",
              "President",
              "Ambassador",
              "Vice",
              "First",
              "Prime",
              "Special",
              "Secretary",
              "Chairman",
              "Premier",
              "Premier's",
              "Russian",
              "Chinese"));

  @Override
  public List<PersonName> find(Sentence s) {
    List<PersonName> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      int end = koreanNameEnd(s, i);
      if (end > i) {
        if (!startsInstitution(s, end)) {
          out.add(new PersonName(s.span(i, end), i, end, true));
        }
        i = end;
        continue;
      }
      end = foreignNameEnd(s, i);
      if (end == i) {
        end = appositiveForeignNameEnd(s, i);
      }
      if (end == i) {
        end = electedAddresseeEnd(s, i);
      }
      if (end > i) {
        out.add(new PersonName(s.span(i, end), i, end, false));
        i = end;
        continue;
      }
      i++;
    }
    return out;
  }

  /** The end of a Korean name starting at {@code i}, or {@code i} when none starts there. */
  private static int koreanNameEnd(Sentence s, int i) {
    Token t = s.token(i);
    if (!Romanization.isSurname(t.text())) {
      return i;
    }
    int j = i + 1;
    while (j < s.size()
        && j - i <= 2
        && (Romanization.isGivenSyllable(s.token(j).text()) || riAsGiven(s, i, j))
        && s.token(j).start() <= s.token(j - 1).end() + 1) {
      j++;
    }
    int given = j - i - 1;
    if (given == 0 || given == 1 && Romanization.isAmbiguousSurname(t.text())) {
      return i;
    }
    return j;
  }

  /**
   * "Pang Ri Sun": "Ri" is mostly a surname, so it starts a new name, except right after a surname
   * and before another given syllable, where a surname alone could not be a name.
   */
  private static boolean riAsGiven(Sentence s, int surname, int j) {
    return j == surname + 1
        && s.token(j).is("Ri")
        && j + 1 < s.size()
        && Romanization.isGivenSyllable(s.token(j + 1).text())
        && s.token(j + 1).start() <= s.token(j).end() + 1;
  }

  /** True when capitalized words right after the name make it part of an institution's name. */
  private static boolean startsInstitution(Sentence s, int end) {
    for (int k = end; k < Math.min(s.size(), end + 3); k++) {
      Token t = s.token(k);
      if (!t.isCapitalized()) {
        return false;
      }
      if (INSTITUTION_WORDS.contains(t.text())) {
        return true;
      }
    }
    return false;
  }

  /** A foreign name: two to four capitalized words right after a title word. */
  private static int foreignNameEnd(Sentence s, int i) {
    if (i == 0
        || !FOREIGN_TITLES.contains(s.token(i - 1).text())
            && !FOREIGN_TITLES.contains(s.token(hostCountryStart(s, i)).text())
            && !afterCountryTitle(s, i)) {
      return i;
    }
    int j = i;
    while (j < s.size() && j - i < 4 && isForeignNamePart(s.token(j))) {
      j++;
    }
    if (j - i < 2) {
      return i;
    }
    if (j < s.size()
        && s.token(j).isCapitalized()
        && Character.isLetter(s.token(j).text().charAt(0))) {
      return i;
    }
    return j;
  }

  /**
   * "Chinese Ambassador to the DPRK Liu Hongcai": the index of the word before "to the COUNTRY"
   * that stands right before {@code i}; {@code i - 1} when no such phrase does.
   */
  static int hostCountryStart(Sentence s, int i) {
    int k = i - 1;
    if (k < 2 || !s.token(k).isCapitalized()) {
      return i - 1;
    }
    // "the" required: a headline's "Ambassador to DPRK Hosts Reception" names no one
    int to = k - 2;
    return to >= 1 && s.token(k - 1).is("the") && s.token(to).is("to") ? to - 1 : i - 1;
  }

  /** Nouns that, after "upon his", tell that the person before them took up a post. */
  private static final Set<String> TAKING_UP =
      Set.of(
          "election",
          "appointment",
          "reelection",
          "re-election",
          "reappointment",
          "re-appointment",
          "inauguration");

  /**
   * "a message to Fayez Tarawneh upon his appointment as prime minister", "to Francois Hollande
   * upon his election as president": two to four capitalized words after "to" and before "(up)on
   * his/her election|appointment" name the addressee.
   */
  private static int electedAddresseeEnd(Sentence s, int i) {
    if (i == 0 || !s.token(i - 1).is("to")) {
      return i;
    }
    int j = i;
    while (j < s.size() && j - i < 4 && isForeignNamePart(s.token(j))) {
      j++;
    }
    if (j - i < 2) {
      return i;
    }
    int end = j;
    j = afterWhen(s, j);
    if (j + 2 >= s.size()) {
      return i;
    }
    boolean on = s.token(j).is("upon") || s.token(j).is("on");
    boolean his = s.token(j + 1).is("his") || s.token(j + 1).is("her");
    return on && his && TAKING_UP.contains(s.token(j + 2).lower()) ? end : i;
  }

  /**
   * "to Bassam Sabbagh on October 4 on his appointment", "to Nguyen Tan Dung on Wednesday on his
   * reelection": the position after an "on DAY" that stands at {@code j}, else {@code j}.
   */
  static int afterWhen(Sentence s, int j) {
    if (j + 2 >= s.size() || !s.token(j).is("on") || !s.token(j + 1).isCapitalized()) {
      return j;
    }
    int k = j + 2;
    if (s.token(k).is(".")) {
      k++;
    }
    if (k < s.size() && Character.isDigit(s.token(k).text().charAt(0))) {
      k++;
    }
    if (k < s.size() && s.token(k).is(",")) {
      k++;
    }
    return k < s.size() && (s.token(k).is("on") || s.token(k).is("upon")) ? k : j;
  }

  /** "Russian foreign minister Sergei Lavrov": a lower-case title after a nationality. */
  private static boolean afterCountryTitle(Sentence s, int i) {
    int k = i - 1;
    if (s.token(k).is("counterpart")) {
      // "sent a similar message to his Bulgarian counterpart Nickolay Mladenov"
      return k > 0 && RoleLexicon.isNationality(s.token(k - 1).text());
    }
    if (!s.token(k).isLowerCase() || !RoleLexicon.isHead(s.token(k).text())) {
      return false;
    }
    while (k > 0
        && i - k < 4
        && s.token(k - 1).isLowerCase()
        && RoleLexicon.isRoleWord(s.token(k - 1).text())) {
      k--;
    }
    return k > 0 && RoleLexicon.isNationality(s.token(k - 1).text());
  }

  /** Words that make a capitalized run a place or a body, not a person. */
  private static final Set<String> NOT_PERSON_RUN =
      Set.of(
          "North",
          "South",
          "East",
          "West",
          "Province",
          "County",
          "City",
          "District",
          "Island",
          "River",
          "Sea",
          "Co.",
          "Ltd",
          "Ltd.",
          "Inc.",
          "Group",
          "Day",
          "Week",
          "Month",
          "Year");

  /**
   * "Nguyen Phu Trong, general secretary of ...", "Seishiro Eto, deputy speaker of ...": two to
   * four capitalized words that start a run and are followed by a comma and a role in lower case
   * name a person even without a title before them; runs naming bodies or places are left out.
   */
  private static int appositiveForeignNameEnd(Sentence s, int i) {
    if (i > 0
        && (s.token(i - 1).isCapitalized() && Character.isLetter(s.token(i - 1).text().charAt(0))
            // "the People's Armed Forces, staff members of ...": the run goes on a possessive
            || s.token(i - 1).is("'s")
            || s.token(i - 1).is("'"))) {
      return i;
    }
    int j = i;
    // "M. M. Alhassan, chairman of ...", "C.P. Mainali, general secretary of ...": initials first
    while (j < s.size() && j - i < 6) {
      if (isInitials(s.token(j).text())) {
        j++;
      } else if (j + 1 < s.size()
          && s.token(j).text().length() == 1
          && Character.isUpperCase(s.token(j).text().charAt(0))
          && s.token(j + 1).is(".")
          && s.token(j + 1).start() == s.token(j).end()) {
        // the tokenizer leaves a single initial's full stop apart: "M" "."
        j += 2;
      } else {
        break;
      }
    }
    if (j > i && (j >= s.size() || !isForeignNamePart(s.token(j)))) {
      return i;
    }
    int parts = j;
    boolean middle = false;
    while (j < s.size() && j - parts < 5) {
      int initial = j > parts && !middle ? initialLength(s, j) : 0;
      if (initial > 0 && j + initial < s.size() && isForeignNamePart(s.token(j + initial))) {
        // "Valery E. Sukhinin", "Ram K. Karmacharya": one middle initial between name parts
        middle = true;
        j += initial;
        continue;
      }
      if (!isForeignNamePart(s.token(j))
          || NOT_PERSON_RUN.contains(s.token(j).text())
          || RoleLexicon.isOrganizationHead(s.token(j).text())
          || INSTITUTION_WORDS.contains(s.token(j).text())
          || RoleLexicon.isNationality(s.token(j).text())
          || Romanization.isSurname(s.token(j).text()) && !chineseSurname(s, parts, j)) {
        break;
      }
      j++;
    }
    if (j - i < 2 || j + 1 >= s.size() || !s.token(j).is(",")) {
      return i;
    }
    int k = j + 1;
    if (capitalizedPostOf(s, k)) {
      return j;
    }
    // "Alexandr Matsegora, Russian ambassador to the DPRK": the post names the person's country
    // before its lower-case title
    if (RoleLexicon.isNationality(s.token(k).text()) && k + 1 < s.size()) {
      k++;
    }
    if (!s.token(k).isLowerCase()) {
      return i;
    }
    while (k < s.size()
        && k - j <= 4
        && RoleLexicon.isRoleWord(s.token(k).text())
        && !RoleLexicon.isHead(s.token(k).text())) {
      k++;
    }
    return k < s.size() && RoleLexicon.isHead(s.token(k).text()) ? j : i;
  }

  /** The tokens of one initial at {@code j} ("E." or "E" "."), 0 when none stands there. */
  private static int initialLength(Sentence s, int j) {
    String w = s.token(j).text();
    if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.') {
      return 1;
    }
    return w.length() == 1
            && Character.isUpperCase(w.charAt(0))
            && j + 1 < s.size()
            && s.token(j + 1).is(".")
            && s.token(j + 1).start() == s.token(j).end()
        ? 2
        : 0;
  }

  /**
   * "Abdelaziz Bouteflika, President of Algeria", "..., Prime Minister of Laos": a capitalized
   * title after the comma, its head followed by "of".
   */
  private static boolean capitalizedPostOf(Sentence s, int k) {
    int j = k;
    while (j < s.size()
        && j - k < 3
        && s.token(j).isCapitalized()
        && RoleLexicon.isRoleWord(s.token(j).text())) {
      if (RoleLexicon.isHead(s.token(j).text()) && j + 1 < s.size() && s.token(j + 1).is("of")) {
        return true;
      }
      j++;
    }
    return false;
  }

  /**
   * "Wang Jiarui, head of ...": a surname both languages share starts a Chinese name when the word
   * after it is no Korean given syllable.
   */
  private static boolean chineseSurname(Sentence s, int i, int j) {
    return j == i
        && j + 1 < s.size()
        && !Romanization.isGivenSyllable(s.token(j + 1).text())
        && !Romanization.isSurname(s.token(j + 1).text());
  }

  /**
   * "M.", "C.P.", "V.V.": one to three initials, each a capital and a full stop (no regex: runs per
   * token).
   */
  private static boolean isInitials(String w) {
    int n = w.length();
    if (n < 2 || n > 6 || n % 2 != 0) {
      return false;
    }
    for (int c = 0; c < n; c += 2) {
      if (!Character.isUpperCase(w.charAt(c)) || w.charAt(c + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isForeignNamePart(Token t) {
    String w = t.text();
    if (w.length() < 2
        || !Character.isUpperCase(w.charAt(0))
        || NOT_NAME_WORDS.contains(w)
        || RoleLexicon.isRoleWord(w)) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isLowerCase(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }
}
