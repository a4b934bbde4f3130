package org.cadregraph.extract.roles;

import java.util.List;
import java.util.Set;
import org.cadregraph.extract.lexicon.PostGrammar;
import org.cadregraph.extract.model.NameIndex;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.facts.PostStatus;

/**
 * Reads posts stated in clauses around a person rather than in an apposition: a post taken up ("a
 * message to A upon his election as ROLE of ORG"), a post worked in ("he ..., working as ROLE of
 * ORG") and a post in the body a delegation comes from ("the delegation of ORG headed by A, ROLE of
 * its BODY"). Stateless and thread-safe.
 */
final class CareerClauseReader {

  private static final Set<String> TAKING_UP =
      Set.of(
          "election",
          "appointment",
          "reelection",
          "re-election",
          "reappointment",
          "re-appointment",
          "inauguration");

  private CareerClauseReader() {}

  /**
   * "to Francois Hollande upon his election as president of ...", "to Fayez Tarawneh upon his
   * appointment as prime minister of ...": the posts after "as" are the addressee's.
   */
  static void takenUpPosts(Sentence s, NameIndex index, List<RoleFinding> out) {
    for (int u = 1; u + 4 < s.size(); u++) {
      if (!(s.token(u).is("upon") || s.token(u).is("on"))
          || !(s.token(u + 1).is("his") || s.token(u + 1).is("her"))
          || !TAKING_UP.contains(s.token(u + 2).lower())
          || !s.token(u + 3).is("as")) {
        continue;
      }
      PersonName holder = nameEndingAt(s, index, u);
      if (holder == null) {
        holder = nameBeforeWhen(s, index, u);
      }
      if (holder == null || !PostGrammar.startsRole(s, u + 4, index)) {
        continue;
      }
      PostGrammar.Posts posts = PostGrammar.parsePosts(s, u + 4, index);
      if (posts != null) {
        add(holder, posts, PostStatus.CURRENT, out);
      }
    }
  }

  /**
   * "he, working as a commanding officer of ...", "she is now working as an official of ...", "He
   * devoted himself to ..., working as an instructor, section chief ... of the Party Central
   * Committee": in a sentence whose subject is "he"/"she", the posts after "working as" are the
   * antecedent's.
   */
  static void workingAs(Sentence s, NameIndex index, PersonName antecedent, List<RoleFinding> out) {
    if (antecedent == null) {
      return;
    }
    int pronoun = -1;
    for (int w = 0; w + 2 < s.size(); w++) {
      if (pronoun < 0 && (s.token(w).isIgnoreCase("he") || s.token(w).isIgnoreCase("she"))) {
        pronoun = w;
      }
      if (!s.token(w).is("working") || !s.token(w + 1).is("as")) {
        continue;
      }
      // the clause is the pronoun's when no named person stands between them
      if (pronoun < 0 && !subjectFollows(s, w)) {
        return;
      }
      if (PostGrammar.startsRole(s, w + 2, index)) {
        PostGrammar.Posts posts = PostGrammar.parsePosts(s, w + 2, index);
        if (posts != null) {
          add(antecedent, posts, PostStatus.CURRENT, out);
        }
      }
    }
  }

  /** "after working as X of Y, he ...": the pronoun comes after the clause it governs. */
  private static boolean subjectFollows(Sentence s, int w) {
    for (int k = w + 2; k < s.size(); k++) {
      if (s.token(k).is(",")
          && k + 1 < s.size()
          && (s.token(k + 1).is("he") || s.token(k + 1).is("she"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the delegation of the Lao Women's Union headed by A, president of its Central Committee":
   * "its" is the body the delegation comes from, so the post's organization is "BODY of ORG".
   */
  static void delegationBody(
      Sentence s, List<PersonName> names, NameIndex index, List<RoleFinding> out) {
    for (PersonName n : names) {
      int by = n.from() - 1;
      int k = n.to();
      if (by < 4
          || !s.token(by).is("by")
          || !(s.token(by - 1).is("headed") || s.token(by - 1).is("led"))
          || k + 1 >= s.size()
          || !s.token(k).is(",")) {
        continue;
      }
      String body = delegationOrganization(s, by - 1, index);
      if (body == null || !PostGrammar.startsRole(s, k + 1, index)) {
        continue;
      }
      PostGrammar.Post post = PostGrammar.parsePost(s, k + 1, index);
      int of = post == null ? -1 : post.to();
      if (post == null
          || post.organization() != null
          || of + 2 >= s.size()
          || !s.token(of).is("of")
          || !s.token(of + 1).is("its")) {
        continue;
      }
      int end = PostGrammar.orgEnd(s, of + 2, index);
      if (end <= of + 2) {
        continue;
      }
      String org = PostGrammar.orgText(s, of + 2, end) + " of the " + body;
      out.removeIf(r -> r.person() == n && r.organization() == null);
      out.add(new RoleFinding(n, post.role(), org, PostStatus.CURRENT, null));
    }
  }

  /** The ORG of "delegation of [the] ORG" ending right before {@code headed}; null if none. */
  static String delegationOrganization(Sentence s, int headed, NameIndex index) {
    if (!(s.token(headed).is("headed") || s.token(headed).is("led"))) {
      return null;
    }
    for (int of = headed - 2; of > 0 && of >= headed - 16; of--) {
      if (s.token(of).is("of") && s.token(of - 1).lower().startsWith("delegation")) {
        int end = PostGrammar.orgEnd(s, of + 1, index);
        return end == headed ? PostGrammar.orgText(s, of + 1, end) : null;
      }
    }
    return null;
  }

  /**
   * "to Nguyen Tan Dung on Wednesday on his reelection", "to A on October 4 on his appointment":
   * the name before an "on DAY" that ends right before {@code on}.
   */
  private static PersonName nameBeforeWhen(Sentence s, NameIndex index, int on) {
    for (int k = Math.max(0, on - 8); k < on - 2; k++) {
      PersonName n = index.at(k);
      if (n != null && n.to() + 2 <= on && s.token(n.to()).is("on")) {
        int day = n.to() + 1;
        boolean date =
            s.token(day).isCapitalized()
                && (day + 1 == on
                    || day + 2 == on && Character.isDigit(s.token(day + 1).text().charAt(0))
                    || day + 3 == on
                        && s.token(day + 1).is(".")
                        && Character.isDigit(s.token(day + 2).text().charAt(0)));
        if (date) {
          return n;
        }
      }
    }
    return null;
  }

  private static PersonName nameEndingAt(Sentence s, NameIndex index, int end) {
    for (int k = Math.max(0, end - 6); k < end; k++) {
      PersonName n = index.at(k);
      if (n != null && n.to() == end) {
        return n;
      }
    }
    return null;
  }

  private static void add(
      PersonName holder, PostGrammar.Posts posts, PostStatus status, List<RoleFinding> out) {
    for (PostGrammar.Post p : posts.posts()) {
      PostStatus st = p.status() == PostStatus.FORMER ? PostStatus.FORMER : status;
      out.add(new RoleFinding(holder, p.role(), p.organization(), st, null));
    }
  }
}
