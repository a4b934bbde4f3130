package org.cadregraph.extract.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadregraph.extract.lexicon.RoleLexicon;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.facts.PostStatus;

/**
 * Reads appointment lists laid out under a body heading: a line that only names a body ("The DPRK
 * Cabinet:", "Cabinet of the DPRK") followed by a run of "Role Name" items ("Vice-Premier A,",
 * "Minister of Light Industry B, Chairman of the State Price Commission C"). Each item's role is a
 * post of the heading body unless the role names its own body ("Chairman of the X", "Minister of Y
 * under the X"); "Minister of Y" keeps Y in the role, since the ministry is a part of the body. Two
 * roles joined by "and" before one name are two posts. The run ends at the first line that is not
 * made of such items. These findings replace what the sentence rules read in the same item, which
 * cannot see the heading. Stateless and thread-safe.
 */
final class BodyHeadedLinesRosterExtractor implements RosterExtractor {

  private static final int MAX_HEADING_TOKENS = 8;

  @Override
  public List<Listed> extract(List<AnalyzedSentence> sentences, Deadline deadline) {
    List<Listed> out = new ArrayList<>();
    String body = null;
    PostStatus status = PostStatus.CURRENT;
    String previous = "";
    for (int k = 0; k < sentences.size(); k++) {
      deadline.check();
      AnalyzedSentence a = sentences.get(k);
      if (a.title()) {
        continue;
      }
      Sentence s = a.sentence();
      if (a.names().isEmpty()) {
        String heading = headingBody(s);
        if (heading != null && body == null) {
          String p = previous.toLowerCase(Locale.ROOT);
          status =
              p.contains("appointed") || p.contains("elected")
                  ? PostStatus.APPOINTED
                  : PostStatus.CURRENT;
        }
        body = heading;
        previous = s.text();
        continue;
      }
      int first = 0;
      if (body == null) {
        // a heading line without a colon is joined to the first item when hard wraps are undone
        first = leadingHeadingEnd(s);
        if (first < 0) {
          previous = s.text();
          continue;
        }
        body = bodyOf(s, 0, first);
        String p = previous.toLowerCase(Locale.ROOT);
        status =
            p.contains("appointed") || p.contains("elected")
                ? PostStatus.APPOINTED
                : PostStatus.CURRENT;
      }
      previous = s.text();
      List<Listed> items = items(k, a, body, status, first);
      if (items.isEmpty()) {
        body = null;
      }
      out.addAll(items);
    }
    return out;
  }

  /**
   * The body a heading line names, minus a leading "The" and a trailing colon; null when the
   * sentence is not such a line: short, no final full stop, an organization head word, and no
   * lower-case word but "of", "the" and "and".
   */
  static String headingBody(Sentence s) {
    if (s.size() == 0 || s.size() > MAX_HEADING_TOKENS) {
      return null;
    }
    int to = s.size();
    String last = s.token(to - 1).text();
    if (last.equals(":")) {
      to--;
    } else if (!Character.isLetterOrDigit(last.charAt(last.length() - 1))) {
      return null;
    }
    return bodyOf(s, 0, to);
  }

  /**
   * Where a sentence starts with a heading body directly followed by the first item's capitalized
   * role word ("Cabinet of the DPRK Minister of Railways A, ..."), the index of that role word;
   * else -1.
   */
  private static int leadingHeadingEnd(Sentence s) {
    int limit = Math.min(s.size(), MAX_HEADING_TOKENS + 1);
    for (int i = 1; i < limit; i++) {
      String w = s.token(i).text();
      if (Character.isUpperCase(w.charAt(0)) && RoleLexicon.isHead(w)) {
        return bodyOf(s, 0, i) == null ? -1 : i;
      }
    }
    return -1;
  }

  /** Tokens {@code [from, to)} as a body name, or null where they are not one. */
  private static String bodyOf(Sentence s, int from, int to) {
    if (from < to && s.token(from).text().equals("The")) {
      from++;
    }
    boolean head = false;
    for (int i = from; i < to; i++) {
      String w = s.token(i).text();
      if (RoleLexicon.isOrganizationHead(w)) {
        head = true;
      } else if (RoleLexicon.isRoleWord(w)
          || !Character.isUpperCase(w.charAt(0))
              && !w.equals("of")
              && !w.equals("the")
              && !w.equals("and")
              && !w.equals("'s")) {
        return null;
      }
    }
    return head && to > from ? s.span(from, to) : null;
  }

  /** The posts of a sentence made only of "Role Name" items; empty when it is anything else. */
  private static List<Listed> items(
      int index, AnalyzedSentence a, String body, PostStatus status, int first) {
    Sentence s = a.sentence();
    List<Listed> out = new ArrayList<>();
    int from = first;
    for (PersonName n : a.names()) {
      int start = from;
      while (start < n.from() && isSeparator(s.token(start).text())) {
        start++;
      }
      if (start >= n.from() || !RoleLexicon.isRoleWord(s.token(start).text())) {
        return List.of();
      }
      String phrase = s.span(start, n.from());
      for (String part : conjoinedRoles(phrase)) {
        out.add(new Listed(index, post(n, part, body, status), true));
      }
      from = n.to();
    }
    for (int i = from; i < s.size(); i++) {
      if (!isSeparator(s.token(i).text())) {
        return List.of();
      }
    }
    return out;
  }

  private static boolean isSeparator(String token) {
    return token.equals(",") || token.equals("and") || token.equals(";") || token.equals(".");
  }

  /** "Vice-Premier and Minister of Agriculture": split where "and" is followed by a role word. */
  static List<String> conjoinedRoles(String phrase) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    int at = phrase.indexOf(" and ");
    while (at >= 0) {
      int next = at + " and ".length();
      int end = phrase.indexOf(' ', next);
      String word = phrase.substring(next, end < 0 ? phrase.length() : end);
      if (Character.isUpperCase(word.charAt(0)) && RoleLexicon.isRoleWord(word)) {
        parts.add(phrase.substring(from, at));
        from = next;
      }
      at = phrase.indexOf(" and ", next);
    }
    parts.add(phrase.substring(from));
    return parts;
  }

  /** One item's post: the role, and its own body where it names one, else the heading body. */
  static RoleFinding post(PersonName n, String role, String body, PostStatus status) {
    String head = role.toLowerCase(Locale.ROOT);
    int under = role.indexOf(" under the ");
    if (under > 0) {
      return new RoleFinding(
          n,
          role.substring(0, under),
          role.substring(under + " under the ".length()),
          status,
          null);
    }
    boolean ministry = head.startsWith("minister ") || head.startsWith("vice-minister ");
    int of = role.indexOf(" of ");
    if (of > 0 && !ministry) {
      String org = role.substring(of + " of ".length());
      if (org.startsWith("the ")) {
        org = org.substring("the ".length());
      }
      return new RoleFinding(n, role.substring(0, of), org, status, null);
    }
    return new RoleFinding(n, role, body, status, null);
  }
}
