package org.cadregraph.extract.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cadregraph.extract.lexicon.PostGrammar;
import org.cadregraph.extract.lexicon.RoleLexicon;
import org.cadregraph.extract.model.NameIndex;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.facts.PostStatus;

/**
 * Reads elections and appointments that name the post after "as": "X elected [the dear respected]
 * A[, B and C] as POSTS" and "A[, B and C] was/were appointed as POSTS". Each named person gets
 * each post, newly given. Sentences without one of the verbs are passed over after one look at
 * their tokens. Stateless and thread-safe.
 */
final class ElectedAsRoleExtractor implements RoleExtractor {

  private static final Set<String> VERBS =
      Set.of("elected", "appointed", "reelected", "re-elected", "reappointed", "re-appointed");

  /** Words between the verb and the first name: articles and the honorifics before a leader. */
  private static final Set<String> LEAD =
      Set.of("the", "dear", "respected", "beloved", "esteemed", "comrade", "Comrade", "Marshal");

  private static final int MAX_LEAD = 4;

  @Override
  public List<RoleFinding> extract(Sentence s, List<PersonName> names, PersonName antecedent) {
    if (names.isEmpty()) {
      return List.of();
    }
    List<RoleFinding> out = new ArrayList<>();
    NameIndex index = null;
    for (int v = 0; v < s.size(); v++) {
      String w = s.token(v).text();
      // every verb of the set ends in "ed" and is 7 to 12 letters long: a cheap test first
      if (w.length() < 7 || w.length() > 12 || !w.endsWith("ed") || !VERBS.contains(w)) {
        continue;
      }
      if (index == null) {
        index = new NameIndex(names);
      }
      if (v + 1 < s.size() && s.token(v + 1).is("as")) {
        // "A and B were appointed as POSTS": the names end right before "was"/"were"
        if (v >= 2 && (s.token(v - 1).is("was") || s.token(v - 1).is("were"))) {
          List<PersonName> persons = namesEndingAt(s, names, v - 1);
          add(s, persons, v + 2, index, out);
        }
        continue;
      }
      // "elected [the dear respected] A, B and C as POSTS"
      int j = v + 1;
      while (j < s.size() && j - v <= MAX_LEAD && LEAD.contains(s.token(j).text())) {
        j++;
      }
      List<PersonName> persons = new ArrayList<>();
      while (j < s.size() && index.startsAt(j)) {
        PersonName n = index.at(j);
        persons.add(n);
        j = n.to();
        if (j < s.size() && s.token(j).is(",")) {
          j++;
        }
        if (j < s.size() && s.token(j).is("and")) {
          j++;
        }
      }
      if (!persons.isEmpty() && j < s.size() && s.token(j).is("as")) {
        add(s, persons, j + 1, index, out);
      }
    }
    return out;
  }

  /**
   * The names of a list ("A, B and C") whose last name ends at token {@code end}, walking back over
   * the commas and "and" between them.
   */
  private static List<PersonName> namesEndingAt(Sentence s, List<PersonName> names, int end) {
    List<PersonName> out = new ArrayList<>();
    int at = end;
    for (int k = names.size() - 1; k >= 0; k--) {
      PersonName n = names.get(k);
      if (n.to() > at) {
        continue;
      }
      if (n.to() != at) {
        break;
      }
      out.add(0, n);
      at = n.from();
      if (at > 0 && s.token(at - 1).is("and")) {
        at--;
      }
      if (at > 0 && s.token(at - 1).is(",")) {
        at--;
      }
      if (at == n.from()) {
        break;
      }
    }
    return out;
  }

  private static void add(
      Sentence s, List<PersonName> persons, int from, NameIndex index, List<RoleFinding> out) {
    if (persons.isEmpty() || from >= s.size() || !PostGrammar.startsRole(s, from, index)) {
      return;
    }
    PostGrammar.Posts posts = PostGrammar.parsePosts(s, from, index);
    if (posts == null) {
      return;
    }
    for (int p = 0; p < persons.size(); p++) {
      for (PostGrammar.Post post : posts.posts()) {
        String role = RoleLexicon.singularRole(post.role());
        out.add(
            new RoleFinding(
                persons.get(p),
                role,
                post.organization(),
                PostStatus.APPOINTED,
                persons.size() > 1 ? p : null));
      }
    }
  }
}
