package org.cadregraph.extract.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gazetteer of the words that make up titles and posts (role heads, their modifiers, military
 * ranks), of nationality adjectives, and of institutions' abbreviations. Closed lists, no persons.
 * Immutable, thread-safe.
 */
public final class RoleLexicon {

  /** Words a role ends with. */
  private static final Set<String> HEADS =
      Set.copyOf(
          List.of(
              "secretary",
              "chairman",
              "chairwoman",
              "chairperson",
              "chair",
              "vice-chairman",
              "vice-chairwoman",
              "director",
              "director-general",
              "member",
              "minister",
              "vice-minister",
              "premier",
              "vice-premier",
              "commander",
              "chief",
              "president",
              "vice-president",
              "ambassador",
              "head",
              "deputy",
              "headmaster",
              "headmistress",
              "manager",
              "commissar",
              "instructor",
              "councillor",
              "counsellor",
              "counselor",
              // US spelling in embassy and state posts: "senior councilor of the Russian embassy"
              "councilor",
              "attache",
              "consul",
              "consul-general",
              "spokesman",
              "spokeswoman",
              "spokesperson",
              "governor",
              "mayor",
              "rector",
              "dean",
              "prosecutor",
              "judge",
              "envoy",
              "secretary-general",
              "adviser",
              "advisor",
              "editor-in-chief",
              "engineer",
              "treasurer",
              "vice-director",
              "d'affaires",
              "d'affairs",
              "chairmen",
              "principal",
              "president-in-chief",
              "chief-of-staff",
              "commandant",
              "superintendent",
              "auditor",
              "inspector",
              "procurator",
              "vice-chief",
              "vice-commander",
              "vice-governor",
              "general-secretary",
              "first-secretary",
              "co-chairman",
              "representative",
              "researcher",
              "chairperson",
              "vice-chairperson",
              "artist",
              "artiste",
              "actor",
              "actress",
              "composer",
              "conductor",
              "singer",
              "dancer",
              "teacher",
              "professor",
              "lecturer",
              "scientist",
              "academician",
              "speaker",
              // "Hwang Sun Hui, curator of the Korean Revolution Museum"
              "curator",
              // "commanding officer of a guerrilla unit"
              "officer"));

  /** Words that may stand before a role head inside the role. */
  private static final Set<String> MODIFIERS =
      Set.copyOf(
          List.of(
              "vice",
              "commanding",
              "first",
              "second",
              "third",
              "deputy",
              "senior",
              "general",
              "executive",
              "acting",
              "alternate",
              "honorary",
              "standing",
              "permanent",
              "department",
              "section",
              "party",
              "cell",
              "chief",
              "political",
              "operational",
              "supreme",
              "special",
              "responsible",
              "organizing",
              "team",
              "branch",
              "battalion",
              "regimental",
              "division",
              "company",
              "platoon",
              "managing",
              "assistant",
              "associate",
              "junior",
              "former",
              "prime",
              "foreign",
              "defence",
              "defense",
              "vice-department",
              "charge",
              "chargé",
              "full",
              "plenipotentiary",
              "work-team",
              "workteam",
              "sub-workteam",
              "shop",
              "workshop",
              "state",
              "co",
              "chief-",
              "technical",
              "education",
              "party-cell",
              "cell-",
              "district",
              "group",
              "unit",
              "regiment",
              "brigade",
              "corps",
              "flight",
              "squadron",
              "ward",
              "news",
              "external",
              "trade",
              "military",
              "presidium",
              "staff",
              "institute",
              "research",
              "chief-of-section",
              "leading"));

  /** Military and police ranks, as written before names ("Vice Marshal", "Col. Gen."). */
  private static final Set<String> RANK_WORDS =
      Set.copyOf(
          List.of(
              "Marshal",
              "General",
              "Generals",
              "Colonel",
              "Lieutenant",
              "Major",
              "Captain",
              "Admiral",
              "Senior",
              "Vice",
              "Rear",
              "Col.",
              "Gen.",
              "Lt.",
              "Maj.",
              "Capt.",
              "Adm.",
              "Brig.",
              "Commodore",
              "Sergeant",
              "Junior",
              "Lt",
              "Col",
              "Gen",
              "Brigadier",
              "Air",
              "Commander",
              "Generalissimo",
              "Generalissimos"));

  /** Capitalized titles written before a person's name ("Premier Pak Pong Ju"). */
  private static final Set<String> TITLE_WORDS =
      Set.copyOf(
          List.of(
              "Premier",
              "Vice-Premier",
              "President",
              "Vice-President",
              "Chairman",
              "Vice-Chairman",
              "Minister",
              "Vice-Minister",
              "Ambassador",
              "Secretary",
              "General",
              "Director",
              "Chief",
              "Prime",
              "Foreign",
              "Defence",
              "Defense",
              "Deputy",
              "Vice",
              "First",
              "Supreme",
              "Commander",
              "Governor",
              "Mayor",
              "Counsellor",
              "Councillor",
              "Envoy",
              "Special",
              "Consul",
              "Speaker",
              "Chancellor",
              "Secretary-General",
              "Director-General",
              "Representative",
              "Attache",
              "Chargé",
              "Charge",
              "d'Affaires",
              "Affaires",
              "Chairwoman",
              "Chairperson",
              "Head",
              "Commissar",
              "Executive"));

  private static final Map<String, String> NATIONALITIES =
      Map.ofEntries(
          Map.entry("Chinese", "China"),
          Map.entry("Russian", "Russia"),
          Map.entry("Vietnamese", "Viet Nam"),
          Map.entry("Lao", "Laos"),
          Map.entry("Laotian", "Laos"),
          Map.entry("Cuban", "Cuba"),
          Map.entry("Japanese", "Japan"),
          Map.entry("Zambian", "Zambia"),
          Map.entry("Syrian", "Syria"),
          Map.entry("Iranian", "Iran"),
          Map.entry("Indonesian", "Indonesia"),
          Map.entry("Mongolian", "Mongolia"),
          Map.entry("Cambodian", "Cambodia"),
          Map.entry("Belarusian", "Belarus"),
          Map.entry("Nicaraguan", "Nicaragua"),
          Map.entry("Venezuelan", "Venezuela"),
          Map.entry("Egyptian", "Egypt"),
          Map.entry("Indian", "India"),
          Map.entry("Pakistani", "Pakistan"),
          Map.entry("Thai", "Thailand"),
          Map.entry("Malaysian", "Malaysia"),
          Map.entry("Nepalese", "Nepal"),
          Map.entry("Bangladeshi", "Bangladesh"),
          Map.entry("Palestinian", "Palestine"),
          Map.entry("Algerian", "Algeria"),
          Map.entry("Nigerian", "Nigeria"),
          Map.entry("Ethiopian", "Ethiopia"),
          Map.entry("Tanzanian", "Tanzania"),
          Map.entry("Ugandan", "Uganda"),
          Map.entry("Zimbabwean", "Zimbabwe"),
          Map.entry("Mozambican", "Mozambique"),
          Map.entry("Angolan", "Angola"),
          Map.entry("Congolese", "Congo"),
          Map.entry("Guinean", "Guinea"),
          Map.entry("Malian", "Mali"),
          Map.entry("Senegalese", "Senegal"),
          Map.entry("Namibian", "Namibia"),
          Map.entry("South African", "South Africa"),
          Map.entry("Kenyan", "Kenya"),
          Map.entry("Brazilian", "Brazil"),
          Map.entry("Mexican", "Mexico"),
          Map.entry("Peruvian", "Peru"),
          Map.entry("Bolivian", "Bolivia"),
          Map.entry("Ecuadorian", "Ecuador"),
          Map.entry("Chilean", "Chile"),
          Map.entry("Argentine", "Argentina"),
          Map.entry("German", "Germany"),
          Map.entry("French", "France"),
          Map.entry("British", "Britain"),
          Map.entry("Italian", "Italy"),
          Map.entry("Spanish", "Spain"),
          Map.entry("Swedish", "Sweden"),
          Map.entry("Polish", "Poland"),
          Map.entry("Czech", "Czech Republic"),
          Map.entry("Bulgarian", "Bulgaria"),
          Map.entry("Romanian", "Romania"),
          Map.entry("Serbian", "Serbia"),
          Map.entry("Ukrainian", "Ukraine"),
          Map.entry("Kazakh", "Kazakhstan"),
          Map.entry("Uzbek", "Uzbekistan"),
          Map.entry("Turkmen", "Turkmenistan"),
          Map.entry("Kyrgyz", "Kyrgyzstan"),
          Map.entry("Tajik", "Tajikistan"),
          Map.entry("Azerbaijani", "Azerbaijan"),
          Map.entry("Turkish", "Turkey"),
          Map.entry("Iraqi", "Iraq"),
          Map.entry("Kuwaiti", "Kuwait"),
          Map.entry("Libyan", "Libya"),
          Map.entry("Sudanese", "Sudan"),
          Map.entry("Yemeni", "Yemen"),
          Map.entry("Lebanese", "Lebanon"),
          Map.entry("Jordanian", "Jordan"),
          Map.entry("American", "United States"),
          Map.entry("U.S.", "United States"),
          Map.entry("Canadian", "Canada"),
          Map.entry("Australian", "Australia"),
          Map.entry("Singaporean", "Singapore"),
          Map.entry("Philippine", "Philippines"),
          Map.entry("Burmese", "Myanmar"),
          Map.entry("Myanmar", "Myanmar"),
          Map.entry("Sri Lankan", "Sri Lanka"),
          Map.entry("Equatorial Guinean", "Equatorial Guinea"),
          Map.entry("Ghanaian", "Ghana"),
          Map.entry("Beninese", "Benin"),
          Map.entry("Eritrean", "Eritrea"),
          Map.entry("Burundian", "Burundi"),
          Map.entry("Rwandan", "Rwanda"),
          Map.entry("Malagasy", "Madagascar"),
          Map.entry("Dutch", "Netherlands"),
          Map.entry("Greek", "Greece"),
          Map.entry("Hungarian", "Hungary"),
          Map.entry("Austrian", "Austria"),
          Map.entry("Swiss", "Switzerland"),
          Map.entry("Finnish", "Finland"),
          Map.entry("Norwegian", "Norway"),
          Map.entry("Danish", "Denmark"),
          Map.entry("Irish", "Ireland"),
          Map.entry("Portuguese", "Portugal"),
          Map.entry("Slovak", "Slovakia"),
          Map.entry("Georgian", "Georgia"),
          Map.entry("Armenian", "Armenia"),
          Map.entry("Afghan", "Afghanistan"),
          Map.entry("Qatari", "Qatar"),
          Map.entry("Omani", "Oman"),
          Map.entry("Saudi", "Saudi Arabia"),
          Map.entry("Emirati", "United Arab Emirates"),
          Map.entry("Bahraini", "Bahrain"),
          Map.entry("Tunisian", "Tunisia"),
          Map.entry("Moroccan", "Morocco"),
          Map.entry("Gabonese", "Gabon"),
          Map.entry("Cameroonian", "Cameroon"),
          Map.entry("Dominican", "Dominica"),
          Map.entry("Guyanese", "Guyana"),
          Map.entry("Colombian", "Colombia"));

  /** Abbreviations and short names of institutions that can stand before a role ("KPA General"). */
  private static final Set<String> INSTITUTION_PREFIXES =
      Set.of("KPA", "WPK", "DPRK", "SPA", "KCNA");

  /** Head nouns of organization names: "X Committee and Y Commission" names two bodies, not one. */
  private static final Set<String> ORGANIZATION_HEADS =
      Set.of(
          "Committee",
          "Commission",
          "Bureau",
          "Department",
          "Ministry",
          "Party",
          "Cabinet",
          "Assembly",
          "Council",
          "Association",
          "Union",
          "League",
          "Federation",
          "Academy",
          "University",
          "Institute",
          "Presidium",
          "Secretariat",
          "Staff",
          "Command",
          "Office",
          "Agency",
          "Court",
          "Embassy",
          "Society",
          "Front",
          "Troupe",
          "Army",
          "Navy");

  private static final Set<String> MILITARY_PREFIXES =
      Set.of("KPA", "Army", "Navy", "Air", "Force", "Forces");

  private RoleLexicon() {}

  public static boolean isHead(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return HEADS.contains(w) || HEADS.contains(singular(w));
  }

  public static boolean isModifier(String word) {
    return MODIFIERS.contains(word.toLowerCase(Locale.ROOT));
  }

  public static boolean isRoleWord(String word) {
    return isHead(word) || isModifier(word);
  }

  public static boolean isRank(String word) {
    return RANK_WORDS.contains(word);
  }

  public static boolean isTitle(String word) {
    return TITLE_WORDS.contains(word);
  }

  public static boolean isNationality(String word) {
    return NATIONALITIES.containsKey(word);
  }

  /**
   * True for a country as written after "of the" ("Russia", "Czech Republic", "United States of
   * America", "Russian Federation"): a state, not a body another body is part of.
   */
  public static boolean isCountry(String phrase) {
    String p = phrase.startsWith("the ") ? phrase.substring(4) : phrase;
    return NATIONALITIES.containsValue(p)
        || p.endsWith(" Republic")
        || p.endsWith(" Federation")
        || p.startsWith("United States")
        || p.startsWith("Kingdom of ")
        || p.endsWith(" Kingdom");
  }

  public static boolean isInstitutionPrefix(String word) {
    return INSTITUTION_PREFIXES.contains(word);
  }

  public static boolean isOrganizationHead(String word) {
    return ORGANIZATION_HEADS.contains(word);
  }

  public static boolean isMilitaryPrefix(String word) {
    return MILITARY_PREFIXES.contains(word);
  }

  /**
   * True for the plural of a role head ("secretaries", "members", "chairmen") or of a rank
   * ("Generals").
   */
  public static boolean isPlural(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return !HEADS.contains(w) && HEADS.contains(singular(w)) || isPluralRank(word);
  }

  private static boolean isPluralRank(String word) {
    return word.length() > 3
        && word.endsWith("s")
        && RANK_WORDS.contains(word.substring(0, word.length() - 1));
  }

  /** The singular of a role head; other words unchanged. */
  public static String singular(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String s;
    if (lower.endsWith("men")) {
      s =
          word.substring(0, word.length() - 3)
              + (Character.isUpperCase(word.charAt(word.length() - 3)) ? "MAN" : "man");
    } else if (lower.endsWith("ies")) {
      s = word.substring(0, word.length() - 3) + "y";
    } else if (lower.endsWith("ses") && !lower.endsWith("sses")) {
      s = word.substring(0, word.length() - 1);
    } else if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("'s")) {
      s = word.substring(0, word.length() - 1);
    } else {
      return word;
    }
    if (HEADS.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    return isPluralRank(word) ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * A role phrase with its last word made singular ("Party cell secretaries" -> "Party cell
   * secretary").
   */
  public static String singularRole(String role) {
    int space = role.lastIndexOf(' ');
    String last = role.substring(space + 1);
    return role.substring(0, space + 1) + singular(last);
  }
}
