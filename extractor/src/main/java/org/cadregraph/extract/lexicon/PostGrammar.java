package org.cadregraph.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cadregraph.extract.model.NameIndex;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.model.Token;
import org.cadregraph.facts.PostStatus;

/**
 * A small left-to-right grammar over tokens for the phrases posts are written in: a role ("first
 * vice department director"), an organization phrase with its nesting ("second work-team of the
 * Workshop No. 3 of the Taesong ... Station", "C.C., the WPK"), and a chain of posts ("member of
 * the Political Bureau and secretary of the C.C., WPK"). Every step moves forward by at least one
 * token, so parsing is linear in the sentence length. Stateless and thread-safe.
 */
public final class PostGrammar {

  /** One post: role and organization as written, and the token range it covered. */
  public record Post(String role, String organization, PostStatus status, int from, int to) {}

  /** Posts parsed from a position and where the parse stopped. */
  public record Posts(List<Post> posts, int end) {}

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "who",
          "whom",
          "which",
          "that",
          "was",
          "were",
          "is",
          "are",
          "be",
          "been",
          "being",
          "has",
          "have",
          "had",
          "will",
          "would",
          "shall",
          "should",
          "can",
          "could",
          "may",
          "might",
          "said",
          "to",
          "on",
          "at",
          "with",
          "by",
          "from",
          "since",
          "as",
          "when",
          "while",
          "after",
          "before",
          "during",
          "through",
          "into",
          "also",
          "respectively",
          "concurrently",
          "now",
          "and",
          "or",
          "but",
          "not",
          "its",
          "his",
          "her",
          "their",
          "it",
          "he",
          "she",
          "they",
          "this",
          "these",
          "those",
          "there",
          "here",
          "than",
          "so",
          "if",
          "upon",
          "about",
          "over",
          "under",
          "in",
          "for",
          "of",
          "the",
          "a",
          "an",
          "together",
          "along",
          "amid",
          "toward",
          "towards",
          "against",
          "within",
          "without",
          "between",
          "among",
          "like",
          "via",
          "per",
          "did",
          "does",
          "do",
          "took",
          "held",
          "made",
          "opened",
          "closed",
          "met",
          "gave",
          "received",
          "sent",
          "expressed",
          "visited",
          "inspected");
  private static final Set<String> MONTHS =
      Set.of(
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
          "Jan.",
          "Feb.",
          "Aug.",
          "Sept.",
          "Sep.",
          "Oct.",
          "Nov.",
          "Dec.");
  private static final int MAX_ORG_TOKENS = 30;

  private PostGrammar() {}

  /**
   * True when a role phrase (optionally after "a"/"the"/"concurrently" and a prefix) starts at
   * {@code i}.
   */
  public static boolean startsRole(Sentence s, int i, NameIndex names) {
    int j = skipLead(s, i);
    // "Russian ambassador to the DPRK": the country before the title is the post's organization,
    // as parsePost reads it
    if (j + 1 < s.size()
        && RoleLexicon.isNationality(s.token(j).text())
        && s.token(j + 1).isLowerCase()) {
      j++;
    }
    return roleEnd(s, j, names) > 0;
  }

  /**
   * Parses a chain of posts starting at {@code i}. Posts without their own organization that are
   * coordinated with "and" before a post that has one share its organization ("instructor, vice
   * section chief and section chief of the C.C.").
   */
  public static Posts parsePosts(Sentence s, int i, NameIndex names) {
    List<Post> posts = new ArrayList<>();
    int pos = i;
    boolean and = false;
    while (pos < s.size()) {
      Post p = parsePost(s, pos, names);
      if (p == null) {
        break;
      }
      if (p.organization() != null && and) {
        for (int k = posts.size() - 1; k >= 0 && posts.get(k).organization() == null; k--) {
          Post q = posts.get(k);
          posts.set(k, new Post(q.role(), p.organization(), q.status(), q.from(), q.to()));
        }
      }
      posts.add(p);
      pos = p.to();
      int next = pos;
      and = false;
      if (next < s.size() && s.token(next).is(",")) {
        next++;
      }
      if (next < s.size() && s.token(next).is("and")) {
        and = true;
        next++;
      }
      if (next == pos || next >= s.size() || names.startsAt(next) || !startsRole(s, next, names)) {
        break;
      }
      pos = next;
    }
    if (posts.isEmpty()) {
      return null;
    }
    extendSubBodies(posts);
    return new Posts(posts, pos);
  }

  private static final Set<String> SUB_BODIES =
      Set.of(
          "political bureau",
          "presidium",
          "presidium of the political bureau",
          "secretariat",
          "politburo",
          "standing committee",
          "orgburo");

  /**
   * "member of the Political Bureau and secretary of the C.C., the WPK": the Political Bureau is
   * the C.C.'s, so the bare sub-body takes the organization of the post it is coordinated with.
   */
  private static void extendSubBodies(List<Post> posts) {
    for (int k = 0; k + 1 < posts.size(); k++) {
      Post p = posts.get(k);
      Post next = posts.get(k + 1);
      if (p.organization() != null
          && next.organization() != null
          && SUB_BODIES.contains(p.organization().toLowerCase(java.util.Locale.ROOT))
          && !SUB_BODIES.contains(next.organization().toLowerCase(java.util.Locale.ROOT))) {
        posts.set(
            k,
            new Post(
                p.role(),
                p.organization() + " of the " + next.organization(),
                p.status(),
                p.from(),
                p.to()));
      }
    }
  }

  /** Parses one post at {@code i}: [the] [prefix] role [of|at ORG] [to ORG]; null when none. */
  public static Post parsePost(Sentence s, int i, NameIndex names) {
    int start = skipLead(s, i);
    PostStatus status = PostStatus.CURRENT;
    String prefixOrg = null;
    int roleStart = start;
    if (roleStart < s.size()) {
      Token t = s.token(roleStart);
      if (RoleLexicon.isNationality(t.text()) || RoleLexicon.isInstitutionPrefix(t.text())) {
        prefixOrg = t.text();
        roleStart++;
      }
    }
    int end = roleEnd(s, roleStart, names);
    if (end < 0) {
      return null;
    }
    String role = s.span(roleStart, end);
    if (s.token(roleStart).isIgnoreCase("former")) {
      status = PostStatus.FORMER;
    }
    String org = null;
    int pos = end;
    if (pos + 1 < s.size()
        && (s.token(pos).is("of")
            || s.token(pos).is("at")
            || s.token(pos).is("in") && !startsTime(s, pos + 1))) {
      int orgEnd = orgEnd(s, pos + 1, names);
      if (orgEnd > pos + 1) {
        org = orgText(s, pos + 1, orgEnd);
        pos = orgEnd;
      }
    } else if (pos + 1 < s.size() && s.token(pos).is("to")) {
      int orgEnd = orgEnd(s, pos + 1, names);
      if (orgEnd > pos + 1) {
        // "deputy to the Supreme People's Assembly": a deputy sits in the body "to" names, where
        // "ambassador to the DPRK" names the host country, not the post's organization
        if (isDeputy(role)) {
          org = orgText(s, pos + 1, orgEnd);
        }
        pos = orgEnd;
      }
    }
    // "vice minister of national defence": a portfolio in lower case is part of the title, no
    // body's name
    if (org != null && isMinister(role) && org.equals(org.toLowerCase(java.util.Locale.ROOT))) {
      role = role + " of " + org;
      org = null;
    }
    if (org == null && prefixOrg != null) {
      org = prefixOrg;
    }
    // "Presidium members of the Political Bureau": the body named inside the role is the
    // organization's
    if (org != null && role.regionMatches(true, 0, "presidium ", 0, 10)) {
      org = role.substring(0, 9) + " of the " + org;
      role = RoleLexicon.singularRole(role.substring(10));
    }
    return new Post(role, org, status, i, pos);
  }

  private static boolean isDeputy(String role) {
    String r = role.toLowerCase(java.util.Locale.ROOT);
    return r.equals("deputy") || r.equals("deputies");
  }

  private static boolean isMinister(String role) {
    String r = role.toLowerCase(java.util.Locale.ROOT);
    return r.endsWith("minister") || r.endsWith("ministers");
  }

  private static int skipLead(Sentence s, int i) {
    int j = i;
    while (j < s.size()
        && (ARTICLES.contains(s.token(j).lower())
            || s.token(j).is("concurrently")
            || s.token(j).is("also"))) {
      j++;
    }
    return j;
  }

  /** The end (exclusive) of the role words at {@code i}, ending on a head; -1 when none. */
  static int roleEnd(Sentence s, int i, NameIndex names) {
    int j = i;
    int lastHead = -1;
    while (j < s.size() && j - i < 8 && !names.startsAt(j)) {
      String w = s.token(j).text();
      if (RoleLexicon.isHead(w)) {
        lastHead = j;
      } else if (!RoleLexicon.isModifier(w)) {
        break;
      }
      j++;
    }
    if (lastHead < 0) {
      // "Pang Kwan Bok, a general of the KPA": the rank alone, as the post before "of"
      boolean rank = j == i + 1 && j < s.size() && s.token(i).is("general") && s.token(j).is("of");
      return rank ? j : -1;
    }
    // "secretary general of the Organization of Solidarity ...", "consul general": "general"
    // after the head is part of the title
    if (lastHead + 1 < s.size()
        && s.token(lastHead + 1).isIgnoreCase("general")
        && lastHead + 2 < s.size()
        && (s.token(lastHead + 2).is("of") || s.token(lastHead + 2).is(","))) {
      return lastHead + 2;
    }
    // "charge d'affaires ad interim", "chief of staff": multiword heads kept whole
    return lastHead + 1;
  }

  /** Parses an organization phrase at {@code i}; returns its end, {@code i} when there is none. */
  public static int orgEnd(Sentence s, int i, NameIndex names) {
    int j = i;
    int lastGood = i;
    while (j < s.size() && j - i < MAX_ORG_TOKENS) {
      if (names.startsAt(j) && j > i) {
        break;
      }
      Token t = s.token(j);
      String w = t.text();
      if (j > i && isAbbreviationInParentheses(s, j)) {
        // "Workers' Party of Korea (WPK) and deputy to ...": the abbreviation repeats the name
        j += 3;
        lastGood = j;
        continue;
      }
      if (isQuote(w)) {
        // "chairman of the \"Human Rights Committee\"", "Fund \"Protectors of Arts\"": a quoted
        // name is part of the organization's
        int close = closingQuote(s, j);
        if (close < 0) {
          break;
        }
        j = close + 1;
        lastGood = j;
        continue;
      }
      if (w.equals(",")) {
        int cont = ccContinuation(s, j);
        if (cont > j) {
          j = cont;
          lastGood = j;
          continue;
        }
        break;
      }
      if (w.equals("of")
          || w.equals("the")
          || w.equals("under")
          || j == i && (w.equals("a") || w.equals("an"))) {
        j++;
        continue;
      }
      if (w.equals("in")) {
        if (j + 1 < s.size()
            && s.token(j + 1).isCapitalized()
            && !startsTime(s, j + 1)
            && !names.startsAt(j + 1)) {
          j++;
          continue;
        }
        break;
      }
      if (w.equals("for") || w.equals("on") || w.equals("with") && afterFor(s, i, j)) {
        int k = j + 1;
        if (k < s.size() && s.token(k).is("the")) {
          k++;
        }
        if (k < s.size()
            && s.token(k).isCapitalized()
            && !names.startsAt(k)
            && j > i
            && s.token(j - 1).isCapitalized()) {
          j++;
          continue;
        }
        break;
      }
      if (w.equals("and") || w.equals("&")) {
        if (j > i
            && RoleLexicon.isOrganizationHead(s.token(j - 1).text())
            && namesAnotherBody(s, j + 1)) {
          break;
        }
        if (j > i
            && s.token(j - 1).isCapitalized()
            && j + 1 < s.size()
            && s.token(j + 1).isCapitalized()
            && !names.startsAt(j + 1)
            && !startsCapitalizedRole(s, j + 1)
            && !RoleLexicon.isNationality(s.token(j + 1).text())) {
          j++;
          continue;
        }
        break;
      }
      if (isContentToken(s, j)) {
        j++;
        lastGood = j;
        continue;
      }
      break;
    }
    return lastGood;
  }

  private static boolean isQuote(String w) {
    return w.length() == 1 && (w.charAt(0) == '"' || w.charAt(0) == '\u201c');
  }

  /** The closing quote of a capitalized quoted name opening at {@code open}; -1 when none. */
  private static int closingQuote(Sentence s, int open) {
    if (open + 1 >= s.size() || !s.token(open + 1).isCapitalized()) {
      return -1;
    }
    for (int k = open + 2; k < s.size() && k - open <= 10; k++) {
      String w = s.token(k).text();
      if (w.equals("\"") || w.equals("\u201d")) {
        return k;
      }
      if (w.equals(",") || w.equals(".")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Committee for Cultural Relations with Foreign Countries": "with" goes on with a body's name
   * only where "for" has already opened its purpose.
   */
  private static boolean afterFor(Sentence s, int from, int at) {
    for (int k = at - 1; k > from; k--) {
      if (s.token(k).is("for")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Vice-Chairman", "First Vice-Chairman" after "and": a new post, where "Trade" in "Industry and
   * Trade" is not.
   */
  private static boolean startsCapitalizedRole(Sentence s, int k) {
    String w = s.token(k).text();
    return RoleLexicon.isHead(w)
        || RoleLexicon.isModifier(w)
            && k + 1 < s.size()
            && RoleLexicon.isRoleWord(s.token(k + 1).text());
  }

  /**
   * Capitalized words from {@code k} on that end in an organization's head noun ("Central Military
   * Commission").
   */
  private static boolean namesAnotherBody(Sentence s, int k) {
    int j = k;
    if (j < s.size() && s.token(j).is("the")) {
      j++;
    }
    for (; j < s.size() && j < k + 6 && s.token(j).isCapitalized(); j++) {
      if (RoleLexicon.isOrganizationHead(s.token(j).text())) {
        return true;
      }
    }
    return false;
  }

  /** ", WPK" / ", the WPK" / ", the League of ..." after "C.C." is one organization. */
  private static int ccContinuation(Sentence s, int comma) {
    if (comma == 0) {
      return comma;
    }
    String prev = s.token(comma - 1).text();
    if (!prev.equals("C.C.") && !prev.equals("CC") && !prev.equals("C.C")) {
      return comma;
    }
    int k = comma + 1;
    if (k < s.size() && s.token(k).is("the")) {
      k++;
    }
    if (k < s.size() && s.token(k).isCapitalized() && !RoleLexicon.isRoleWord(s.token(k).text())) {
      return k;
    }
    return comma;
  }

  /**
   * "the large combined unit", "officers of the large combined units": a participle between an
   * adjective and a noun modifies the noun inside the unit's name.
   */
  private static boolean participleModifier(Sentence s, int j) {
    if (!s.token(j).text().endsWith("ed") || j + 1 >= s.size()) {
      return false;
    }
    Token before = s.token(j - 1);
    Token after = s.token(j + 1);
    return before.isLowerCase()
        && !before.isVerb()
        && !STOP_WORDS.contains(before.text())
        && after.isLowerCase()
        && !after.isVerb()
        && !STOP_WORDS.contains(after.text());
  }

  private static boolean isContentToken(Sentence s, int j) {
    Token t = s.token(j);
    String w = t.text();
    char c = w.charAt(0);
    if (Character.isDigit(c)) {
      return true;
    }
    if (w.equals("'s") || w.equals("'") || w.equals("-") || w.equals("No.") || w.equals("Nos.")) {
      return true;
    }
    if (!Character.isLetter(c)) {
      return false;
    }
    if (Character.isUpperCase(c)) {
      return !MONTHS.contains(w)
          || j > 0 && s.token(j - 1).isCapitalized() && !s.token(j - 1).is("In")
          || namesAUnit(s, j);
    }
    if (STOP_WORDS.contains(w)) {
      return false;
    }
    if (t.isVerb()
        && j > 0
        && !ARTICLES.contains(s.token(j - 1).lower())
        && !s.token(j - 1).is("of")
        && !w.contains("-")
        && !participleModifier(s, j)) {
      return false;
    }
    if (w.endsWith("ly") && !w.equals("assembly")) {
      return false;
    }
    return true;
  }

  /** "August 21 Factory", "April 25 Scriptwriting Company": a date that names a unit. */
  private static boolean namesAUnit(Sentence s, int month) {
    return month + 2 < s.size()
        && Character.isDigit(s.token(month + 1).text().charAt(0))
        && s.token(month + 2).isCapitalized()
        && Character.isLetter(s.token(month + 2).text().charAt(0));
  }

  private static boolean startsTime(Sentence s, int i) {
    if (i >= s.size()) {
      return false;
    }
    String w = s.token(i).text();
    return MONTHS.contains(w)
        || Character.isDigit(w.charAt(0))
        || w.equals("Juche")
        || w.equals("Pyongyang");
  }

  /** The organization phrase as written, without a leading article nor "(ABBR)" repeats. */
  public static String orgText(Sentence s, int from, int to) {
    int f = from;
    while (f < to && ARTICLES.contains(s.token(f).lower())) {
      f++;
    }
    if (f >= to) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    int part = f;
    for (int k = f + 1; k + 2 < to; k++) {
      if (isAbbreviationInParentheses(s, k)) {
        text.append(text.length() == 0 ? "" : " ").append(s.span(part, k));
        part = k + 3;
        k += 2;
      }
    }
    if (part < to) {
      text.append(text.length() == 0 ? "" : " ").append(s.span(part, to));
    }
    return text.toString();
  }

  /** "(WPK)", "(SPA)": an abbreviation in parentheses right after the name it shortens. */
  private static boolean isAbbreviationInParentheses(Sentence s, int k) {
    if (k + 2 >= s.size() || !s.token(k).is("(") || !s.token(k + 2).is(")")) {
      return false;
    }
    String a = s.token(k + 1).text();
    if (a.length() < 2 || a.length() > 8) {
      return false;
    }
    for (int c = 0; c < a.length(); c++) {
      if (!Character.isUpperCase(a.charAt(c)) && a.charAt(c) != '.') {
        return false;
      }
    }
    return true;
  }
}
