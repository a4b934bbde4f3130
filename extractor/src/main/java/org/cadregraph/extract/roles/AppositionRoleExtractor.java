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
import org.cadregraph.extract.model.Token;
import org.cadregraph.facts.PostStatus;

/**
 * Reads posts from the constructions state media write them in: the apposition "NAME, ROLE of ORG"
 * (with several posts: "..., ROLE of ORG and ROLE of ORG,"), a role shared by a list of names after
 * it ("A, B and C, Party cell secretaries ..."; "A, B members of ..."), titles and ranks before a
 * name ("KPA Vice Marshal X", "Zambian President X"), elections, appointments and dismissals ("A
 * was elected ROLE", "B was relieved of his post as ROLE"), and careers stated through a pronoun
 * ("He was ROLE of ORG, ...", "Now ROLE of ORG"). Stateless and thread-safe.
 */
final class AppositionRoleExtractor implements RoleExtractor {

  private static final Set<String> BE =
      Set.of("was", "were", "is", "are", "has", "have", "had", "been", "be", "also");
  private static final Set<String> APPOINT =
      Set.of(
          "elected",
          "appointed",
          "promoted",
          "named",
          "reelected",
          "re-elected",
          "reappointed",
          "re-appointed",
          "nominated",
          "co-opted",
          "by-elected");
  private static final Set<String> DISMISS =
      Set.of("relieved", "dismissed", "removed", "recalled", "released", "expelled");

  @Override
  public List<RoleFinding> extract(Sentence s, List<PersonName> names, PersonName antecedent) {
    NameIndex index = new NameIndex(names);
    List<RoleFinding> out = new ArrayList<>();
    for (PersonName n : names) {
      titleBefore(s, n, names, out);
      rankOfBodyBefore(s, n, index, out);
    }
    pluralTitleBeforeList(s, names, index, out);
    conferredRanks(s, names, index, out);
    titledRuns(s, names, index, out);
    appositions(s, names, index, out);
    if (antecedent != null) {
      pronounCareer(s, antecedent, index, out);
    }
    CareerClauseReader.takenUpPosts(s, index, out);
    CareerClauseReader.workingAs(s, index, antecedent, out);
    CareerClauseReader.delegationBody(s, names, index, out);
    return out;
  }

  /**
   * "Chief A and researcher B of the State Academy of Sciences", "section chiefs C, D and E,
   * researchers F and G of X": a run of titled names (each title written before its name or names)
   * closed by "of ORG" gives every title of the run that organization.
   */
  private static void titledRuns(
      Sentence s, List<PersonName> names, NameIndex index, List<RoleFinding> out) {
    List<RoleFinding> run = new ArrayList<>();
    int k = 0;
    while (k < names.size()) {
      PersonName first = names.get(k);
      int roleStart = first.from();
      while (roleStart > 0
          && RoleLexicon.isRoleWord(s.token(roleStart - 1).text())
          && !index.startsAt(roleStart - 1)
          && first.from() - roleStart < 6) {
        roleStart--;
      }
      // the title must end in a head ("institute directors"), and start the item (after a list mark
      // or a verb)
      if (roleStart == first.from() || !RoleLexicon.isHead(s.token(first.from() - 1).text())) {
        run.clear();
        k++;
        continue;
      }
      if (!run.isEmpty()
          && !separatedByListMarks(s, run.get(run.size() - 1).person().to(), roleStart)) {
        run.clear();
      }
      String role = RoleLexicon.singularRole(s.span(roleStart, first.from()));
      List<PersonName> list = listFrom(s, names, first);
      for (PersonName n : list) {
        run.add(new RoleFinding(n, role, null, PostStatus.CURRENT, null));
      }
      k = names.indexOf(list.get(list.size() - 1)) + 1;
      int after = list.get(list.size() - 1).to();
      if (after + 1 < s.size() && s.token(after).is("of")) {
        int end = PostGrammar.orgEnd(s, after + 1, index);
        String org = end > after + 1 ? PostGrammar.orgText(s, after + 1, end) : null;
        if (org != null && Character.isUpperCase(org.charAt(0))) {
          for (RoleFinding r : run) {
            out.removeIf(
                o ->
                    o.person() == r.person()
                        && o.organization() == null
                        && o.role() != null
                        && RoleLexicon.singularRole(o.role()).equalsIgnoreCase(r.role()));
            out.add(new RoleFinding(r.person(), r.role(), org, PostStatus.CURRENT, null));
          }
        }
        run.clear();
      } else if (!continuesRun(s, after)) {
        // the run ends without an organization: each title stands alone ("deputy director B")
        for (RoleFinding r : run) {
          boolean known =
              out.stream()
                  .anyMatch(
                      o ->
                          o.person() == r.person()
                              && o.role() != null
                              && RoleLexicon.singularRole(o.role()).equalsIgnoreCase(r.role()));
          if (!known && Character.isLowerCase(r.role().charAt(0))) {
            out.add(r);
          }
        }
        run.clear();
      }
    }
  }

  /**
   * ", and researcher ...", ", section chiefs ...": list marks and then a title go on with the run.
   */
  private static boolean continuesRun(Sentence s, int after) {
    int j = after;
    while (j < s.size() && (s.token(j).is(",") || s.token(j).is("and"))) {
      j++;
    }
    return j > after && j < s.size() && RoleLexicon.isRoleWord(s.token(j).text());
  }

  /** "Deputies A, B and C made speeches": a plural title before a list of names. */
  private static void pluralTitleBeforeList(
      Sentence s, List<PersonName> names, NameIndex index, List<RoleFinding> out) {
    for (int k = 0; k < names.size(); k++) {
      PersonName first = names.get(k);
      int t = first.from() - 1;
      if (t < 0 || !s.token(t).isCapitalized() || !RoleLexicon.isPlural(s.token(t).text())) {
        continue;
      }
      if (t > 0
          && (s.token(t - 1).isCapitalized() && !s.token(t - 1).is("The")
              || RoleLexicon.isRoleWord(s.token(t - 1).text()))) {
        continue;
      }
      String role = RoleLexicon.singular(s.token(t).text());
      int m = k;
      int listIndex = 0;
      while (m < names.size()) {
        out.add(new RoleFinding(names.get(m), role, null, PostStatus.CURRENT, listIndex++));
        int after = names.get(m).to();
        if (m + 1 < names.size() && separatedByListMarks(s, after, names.get(m + 1).from())) {
          m++;
        } else {
          break;
        }
      }
      k = m;
    }
  }

  private static boolean separatedByListMarks(Sentence s, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String w = s.token(i).text();
      if (!w.equals(",") && !w.equals("and")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "DPRK premier Choe Yong Rim", "Russian foreign minister Sergei Lavrov": a lower-case title
   * between a country and the name; the country is the organization.
   */
  private static void countryTitleBefore(Sentence s, PersonName n, List<RoleFinding> out) {
    int end = n.from();
    if (end < 2
        || !s.token(end - 1).isLowerCase()
        || !RoleLexicon.isHead(s.token(end - 1).text())) {
      return;
    }
    int k = end - 1;
    while (k > 0
        && end - k < 4
        && s.token(k - 1).isLowerCase()
        && RoleLexicon.isRoleWord(s.token(k - 1).text())) {
      k--;
    }
    if (k == 0) {
      return;
    }
    String country = s.token(k - 1).text();
    if (RoleLexicon.isNationality(country) || country.equals("DPRK")) {
      out.add(new RoleFinding(n, s.span(k, end), country, PostStatus.CURRENT, null));
    }
  }

  /**
   * "Chinese Ambassador to the DPRK Liu Hongcai": where "to the COUNTRY" stands between a title and
   * the name, the title ends before "to"; else it ends at the name.
   */
  private static int hostCountryStart(Sentence s, int name) {
    int k = name - 1;
    if (k < 3 || !s.token(k).isCapitalized()) {
      return name;
    }
    int to = k - 2;
    return to >= 1
            && s.token(k - 1).is("the")
            && s.token(to).is("to")
            && RoleLexicon.isTitle(s.token(to - 1).text())
        ? to
        : name;
  }

  /** "KPA Vice Marshal X", "Army Senior Colonel X", "Zambian President X", "President X". */
  private static void titleBefore(
      Sentence s, PersonName n, List<PersonName> names, List<RoleFinding> out) {
    int titleEnd = hostCountryStart(s, n.from());
    int j = titleEnd - 1;
    while (j >= 0
        && (RoleLexicon.isRank(s.token(j).text()) || RoleLexicon.isTitle(s.token(j).text()))) {
      j--;
    }
    int roleStart = j + 1;
    if (roleStart >= titleEnd) {
      countryTitleBefore(s, n, out);
      return;
    }
    String org = null;
    int prefixStart = roleStart;
    if (j >= 0) {
      String w = s.token(j).text();
      if (w.equals("KPA")) {
        org = "KPA";
        prefixStart = j;
      } else if (RoleLexicon.isNationality(w)) {
        org = w;
        prefixStart = j;
      } else if (w.equals("Army") || w.equals("Navy")) {
        roleStart = j;
        prefixStart = j;
      } else if (RoleLexicon.isInstitutionPrefix(w)) {
        org = w;
        prefixStart = j;
      }
    }
    String role = s.span(roleStart, titleEnd);
    if (role.equals("Commander")
        || role.equals("Supreme Commander")
        || role.equals("Vice")
        || role.equals("First")
        || role.equals("Senior")
        || role.equals("Chief")) {
      return;
    }
    boolean honorific = role.startsWith("Marshal") || role.startsWith("Generalissimo");
    if (!honorific && prefixStart > 0 && s.token(prefixStart - 1).lower().equals("respected")) {
      return;
    }
    if (RoleLexicon.isPlural(s.token(titleEnd - 1).text())) {
      // "KPA Generals A, B and C": the plural rank is each listed name's
      String singular = RoleLexicon.singularRole(role);
      List<PersonName> list = listFrom(s, names, n);
      for (int p = 0; p < list.size(); p++) {
        out.add(new RoleFinding(list.get(p), singular, org, PostStatus.CURRENT, p));
      }
      return;
    }
    if (org == null && prefixStart >= 2 && s.token(prefixStart - 1).is("by")) {
      // "the delegation of the Russian International Charity Fund \"Protectors of Arts\" led by
      // President X": the delegation's body is the one its titled head presides over
      org = CareerClauseReader.delegationOrganization(s, prefixStart - 2, new NameIndex(names));
    }
    if (org == null) {
      org = headedBy(s, prefixStart);
    }
    out.add(new RoleFinding(n, role, org, PostStatus.CURRENT, null));
  }

  /**
   * "the Workers' Party of Korea headed by General Secretary X": the body a titled person heads is
   * the title's organization. Returns that body as written, null when the title follows no "BODY
   * headed by".
   */
  private static String headedBy(Sentence s, int titleStart) {
    int by = titleStart - 1;
    if (by < 2
        || !s.token(by).is("by")
        || !(s.token(by - 1).is("headed") || s.token(by - 1).is("led"))) {
      return null;
    }
    int end = by - 1;
    int start = end;
    while (start > 0 && end - start < 8) {
      Token t = s.token(start - 1);
      if (t.isCapitalized() && Character.isLetter(t.text().charAt(0))
          || t.is("of")
          || t.is("'s")
          || t.is("'")) {
        start--;
      } else {
        break;
      }
    }
    while (start < end && !s.token(start).isCapitalized()) {
      start++;
    }
    if (start == end || !s.token(end - 1).isCapitalized()) {
      return null;
    }
    return s.span(start, end);
  }

  private static final Set<String> CONFERRED = Set.of("awarded", "conferred", "given", "bestowed");

  /**
   * "The title of Generalissimo of the DPRK was conferred on Kim Jong Il", "the title of Marshal of
   * the KPA was awarded to A and B and the title of Vice Marshal of the KPA to C": a rank conferred
   * is a post its holders now hold, with the body named after it.
   */
  private static void conferredRanks(
      Sentence s, List<PersonName> names, NameIndex index, List<RoleFinding> out) {
    if (names.isEmpty()) {
      return;
    }
    for (int t = 0; t + 3 < s.size(); t++) {
      if (!s.token(t).isIgnoreCase("title") || !s.token(t + 1).is("of")) {
        continue;
      }
      int r = t + 2;
      while (r < s.size() && RoleLexicon.isRank(s.token(r).text())) {
        r++;
      }
      if (r == t + 2 || s.token(r - 1).is("Commander")) {
        continue;
      }
      String rank = s.span(t + 2, r);
      String org = null;
      int j = r;
      if (j + 1 < s.size() && s.token(j).is("of")) {
        int end = PostGrammar.orgEnd(s, j + 1, index);
        org = end > j + 1 ? PostGrammar.orgText(s, j + 1, end) : null;
        j = end;
      }
      if (j < s.size() && (s.token(j).is("was") || s.token(j).is("were"))) {
        j++;
        if (j >= s.size() || !CONFERRED.contains(s.token(j).lower())) {
          continue;
        }
        j++;
      }
      if (j >= s.size() || !(s.token(j).is("to") || s.token(j).is("on") || s.token(j).is("upon"))) {
        continue;
      }
      j++;
      // an epithet before the name: "awarded to leader Kim Jong Il"
      if (j < s.size() && s.token(j).is("leader")) {
        j++;
      }
      PersonName first = index.at(j);
      if (first == null) {
        continue;
      }
      for (PersonName n : listFrom(s, names, first)) {
        out.add(new RoleFinding(n, rank, org, PostStatus.APPOINTED, null));
      }
    }
  }

  /**
   * "Vice Marshal of the Korean People's Army X", "Vice Marshal of the KPA Y": a rank written with
   * the force it belongs to before the name; the rank is the role, the force its organization.
   */
  private static void rankOfBodyBefore(
      Sentence s, PersonName n, NameIndex index, List<RoleFinding> out) {
    int end = n.from();
    for (int of = end - 2; of > 0 && of >= end - 10; of--) {
      if (!s.token(of).is("of")) {
        continue;
      }
      // "Supreme Commander of the KPA X" is the leader's title, which titleBefore leaves out too
      if (!RoleLexicon.isRank(s.token(of - 1).text())
          || s.token(of - 1).is("Commander")
          || PostGrammar.orgEnd(s, of + 1, index) != end) {
        return;
      }
      int rankStart = of - 1;
      while (rankStart > 0 && RoleLexicon.isRank(s.token(rankStart - 1).text())) {
        rankStart--;
      }
      String org = PostGrammar.orgText(s, of + 1, end);
      if (org != null) {
        out.add(new RoleFinding(n, s.span(rankStart, of), org, PostStatus.CURRENT, null));
      }
      return;
    }
  }

  private static void appositions(
      Sentence s, List<PersonName> names, NameIndex index, List<RoleFinding> out) {
    List<PersonName> pending = new ArrayList<>();
    int appointCue = -1;
    for (int q = 1; q < s.size() && appointCue < 0; q++) {
      if (APPOINT.contains(s.token(q).lower()) && BE.contains(s.token(q - 1).lower())) {
        appointCue = q;
      }
    }
    PostStatus sentenceStatus = PostStatus.CURRENT;
    int i = 0;
    while (i < s.size()) {
      if (appointCue >= 0 && i > appointCue) {
        sentenceStatus = PostStatus.APPOINTED;
      }
      PersonName n = index.at(i);
      if (n == null && (i == 0 || !s.token(i - 1).is(",")) && PostGrammar.startsRole(s, i, index)) {
        PostGrammar.Posts posts = PostGrammar.parsePosts(s, i, index);
        if (posts != null && index.startsAt(posts.end()) && hasOrganization(posts)) {
          assign(
              listFrom(s, names, index.at(posts.end())), posts.posts(), sentenceStatus, true, out);
          pending.clear();
          i = posts.end();
          continue;
        }
      }
      if (n == null) {
        String w = s.token(i).lower();
        if (DISMISS.contains(w)) {
          sentenceStatus = PostStatus.DISMISSED;
        }
        if (!(w.equals(",") || w.equals("and") || w.equals("=")) || pending.isEmpty()) {
          pending.clear();
        }
        i++;
        continue;
      }
      pending.add(n);
      int k = n.to();
      if (k < s.size() && s.token(k).is(",") && PostGrammar.startsRole(s, k + 1, index)) {
        PostGrammar.Posts posts = PostGrammar.parsePosts(s, k + 1, index);
        if (posts != null
            && index.startsAt(posts.end())
            && s.token(k + 1).isCapitalized()
            && hasOrganization(posts)) {
          assign(
              listFrom(s, names, index.at(posts.end())), posts.posts(), sentenceStatus, true, out);
          pending.clear();
          i = posts.end();
          continue;
        }
        if (posts != null && index.startsAt(posts.end()) && !hasOrganization(posts)) {
          // "A, deputy director B": the title is the next name's, not an apposition to A; in "A,
          // president of X, Ambassador B" only the last post is B's title, the others are A's
          List<PostGrammar.Post> own = posts.posts().subList(0, posts.posts().size() - 1);
          if (!own.isEmpty() && own.stream().allMatch(p -> p.organization() != null)) {
            assign(List.of(n), own, sentenceStatus, false, out);
            pending.clear();
            i = posts.posts().get(own.size()).from();
            continue;
          }
          pending.clear();
          i = k + 1;
          continue;
        }
        if (posts != null) {
          boolean shared = isPluralRole(posts.posts().get(0).role());
          List<PersonName> holders = shared ? List.copyOf(pending) : List.of(n);
          List<PostGrammar.Post> held = shared ? andJoined(s, posts.posts()) : posts.posts();
          int end = posts.end();
          int plural = firstPlural(held);
          if (!shared && plural > 0) {
            // "A, minister of X, staff members of Y": a plural post names others, not A
            end = held.get(plural).from();
            held = held.subList(0, plural);
          }
          assign(holders, held, sentenceStatus, shared, out);
          pending.clear();
          i =
              Math.max(
                  end == posts.end()
                      ? doublesAs(s, posts.end(), holders, index, sentenceStatus, out)
                      : end,
                  k + 1);
          continue;
        }
      }
      if (k < s.size() && PostGrammar.startsRole(s, k, index)) {
        PostGrammar.Posts posts = PostGrammar.parsePosts(s, k, index);
        if (posts != null && isPluralRole(posts.posts().get(0).role())) {
          assign(pending, posts.posts(), sentenceStatus, true, out);
          pending.clear();
          i = Math.max(posts.end(), k + 1);
          continue;
        }
      }
      if (k + 2 < s.size()
          && s.token(k).is("and")
          && s.token(k + 1).is("other")
          && PostGrammar.startsRole(s, k + 2, index)) {
        PostGrammar.Posts posts = PostGrammar.parsePosts(s, k + 2, index);
        if (posts != null && isPluralRole(posts.posts().get(0).role())) {
          if (!titledList(s, pending, posts, out)) {
            assign(pending, posts.posts().subList(0, 1), sentenceStatus, true, out);
          }
          pending.clear();
          i = Math.max(posts.end(), k + 2);
          continue;
        }
      }
      if (k + 1 < s.size()
          && (s.token(k).is("who")
              || s.token(k).is(",") && k + 2 < s.size() && s.token(k + 1).is("who"))) {
        int w = s.token(k).is("who") ? k + 1 : k + 2;
        if (w < s.size() && BE.contains(s.token(w).lower())) {
          int end = predicate(s, w, pending, index, out);
          if (end > w) {
            pending.clear();
            i = end;
            continue;
          }
        }
      }
      if (k < s.size() && BE.contains(s.token(k).lower())) {
        int end = predicate(s, k, pending, index, out);
        if (end > k) {
          pending.clear();
          i = end;
          continue;
        }
      }
      i = k;
    }
  }

  /**
   * "A, minister of X who doubles as chairman of Y", "B, member of X who is president of Y": the
   * relative clause after an apposition gives the same holders a further post. Returns where the
   * clause ends, {@code end} when none follows.
   */
  private static int doublesAs(
      Sentence s,
      int end,
      List<PersonName> holders,
      NameIndex index,
      PostStatus status,
      List<RoleFinding> out) {
    if (end + 3 >= s.size() || !s.token(end).is("who")) {
      return end;
    }
    Token verb = s.token(end + 1);
    int from;
    if (verb.is("doubles") && s.token(end + 2).is("as")) {
      from = end + 3;
    } else if (verb.is("is")) {
      from = s.token(end + 2).is("also") ? end + 3 : end + 2;
    } else {
      return end;
    }
    if (!PostGrammar.startsRole(s, from, index)) {
      return end;
    }
    PostGrammar.Posts more = PostGrammar.parsePosts(s, from, index);
    if (more == null || !hasOrganization(more)) {
      return end;
    }
    assign(holders, more.posts(), status, holders.size() > 1, out);
    return more.end();
  }

  /** "was/were [elected|appointed|relieved of his post as] POSTS" after a name or list. */
  private static int predicate(
      Sentence s, int k, List<PersonName> subjects, NameIndex index, List<RoleFinding> out) {
    int j = k;
    while (j < s.size() && BE.contains(s.token(j).lower())) {
      j++;
    }
    PostStatus status = PostStatus.CURRENT;
    if (j < s.size() && APPOINT.contains(s.token(j).lower())) {
      status = PostStatus.APPOINTED;
      j++;
      if (j + 3 < s.size()
          && s.token(j).is("to")
          && s.token(j + 1).is("the")
          && s.token(j + 2).lower().startsWith("post")
          && s.token(j + 3).is("of")) {
        j += 4;
      } else if (j < s.size() && (s.token(j).is("as") || s.token(j).is("to"))) {
        j++;
      }
    } else if (j < s.size() && DISMISS.contains(s.token(j).lower())) {
      status = PostStatus.DISMISSED;
      j++;
      int limit = Math.min(s.size(), j + 8);
      int as = -1;
      for (int q = j; q < limit; q++) {
        if (s.token(q).is("as")
            || s.token(q).is("of") && q > j && s.token(q - 1).lower().startsWith("post")) {
          as = q;
          break;
        }
      }
      if (as < 0) {
        return k;
      }
      j = as + 1;
    } else if (j == k || !s.token(k).lower().matches("is|was|are|were")) {
      return k;
    }
    if (!PostGrammar.startsRole(s, j, index)) {
      return k;
    }
    PostGrammar.Posts posts = PostGrammar.parsePosts(s, j, index);
    if (posts == null) {
      return k;
    }
    assign(
        subjects,
        subjects.size() > 1 ? andJoined(s, posts.posts()) : posts.posts(),
        status,
        subjects.size() > 1,
        out);
    return posts.end();
  }

  /** "He was ROLE of ORG, ROLE ..." and "Now ROLE of ORG since ..." for the antecedent. */
  private static void pronounCareer(
      Sentence s, PersonName antecedent, NameIndex index, List<RoleFinding> out) {
    if (s.size() < 3) {
      return;
    }
    Token first = s.token(0);
    int j;
    if (first.is("He") || first.is("She")) {
      j = 1;
      if (!BE.contains(s.token(j).lower())
          && !(s.token(j).is("served") || s.token(j).is("worked"))) {
        return;
      }
      while (j < s.size()
          && (BE.contains(s.token(j).lower())
              || s.token(j).is("served")
              || s.token(j).is("worked")
              || s.token(j).is("as"))) {
        j++;
      }
    } else if (first.is("Now") || first.is("Currently")) {
      j = 1;
      if (s.token(j).is(",")) {
        j++;
      }
    } else {
      return;
    }
    int pos = j;
    while (pos < s.size() && PostGrammar.startsRole(s, pos, index)) {
      PostGrammar.Posts posts = PostGrammar.parsePosts(s, pos, index);
      if (posts == null) {
        break;
      }
      assign(List.of(antecedent), posts.posts(), PostStatus.CURRENT, false, out);
      pos = posts.end();
      if (pos < s.size() && s.token(pos).is(",")) {
        pos++;
      } else {
        break;
      }
    }
  }

  /**
   * The posts up to the first one after a comma: a list of names shares "ROLE of X and ROLE of Y",
   * while what follows a comma names other, unnamed persons' posts.
   */
  private static List<PostGrammar.Post> andJoined(Sentence s, List<PostGrammar.Post> posts) {
    int k = 1;
    while (k < posts.size()
        && posts.get(k).from() > 0
        && s.token(posts.get(k).from() - 1).is("and")
        && !(posts.get(k).from() > 1 && s.token(posts.get(k).from() - 2).is(","))) {
      k++;
    }
    return posts.subList(0, k);
  }

  private static boolean hasOrganization(PostGrammar.Posts posts) {
    return posts.posts().stream().allMatch(p -> p.organization() != null);
  }

  /** The names listed from {@code first} on, separated only by commas and "and". */
  private static List<PersonName> listFrom(Sentence s, List<PersonName> names, PersonName first) {
    List<PersonName> list = new ArrayList<>();
    int k = names.indexOf(first);
    list.add(first);
    while (k + 1 < names.size()
        && separatedByListMarks(s, names.get(k).to(), names.get(k + 1).from())) {
      k++;
      list.add(names.get(k));
    }
    return list;
  }

  /**
   * "Vice-Premiers A, B and other members of the Cabinet": the list's plural title belongs to the
   * body the "other members" are of; the names get the title with that organization instead.
   */
  private static boolean titledList(
      Sentence s, List<PersonName> list, PostGrammar.Posts others, List<RoleFinding> out) {
    int t = list.get(0).from() - 1;
    if (t < 0 || !s.token(t).isCapitalized() || !RoleLexicon.isPlural(s.token(t).text())) {
      return false;
    }
    String org = others.posts().get(0).organization();
    if (org == null) {
      return false;
    }
    String title = RoleLexicon.singular(s.token(t).text());
    out.removeIf(r -> list.contains(r.person()) && r.organization() == null);
    for (int p = 0; p < list.size(); p++) {
      out.add(new RoleFinding(list.get(p), title, org, PostStatus.CURRENT, p));
    }
    return true;
  }

  private static int firstPlural(List<PostGrammar.Post> posts) {
    for (int p = 0; p < posts.size(); p++) {
      if (isPluralRole(posts.get(p).role())) {
        return p;
      }
    }
    return -1;
  }

  private static boolean isPluralRole(String role) {
    int space = role.lastIndexOf(' ');
    return RoleLexicon.isPlural(role.substring(space + 1));
  }

  private static void assign(
      List<PersonName> persons,
      List<PostGrammar.Post> posts,
      PostStatus status,
      boolean shared,
      List<RoleFinding> out) {
    for (int p = 0; p < persons.size(); p++) {
      for (PostGrammar.Post post : posts) {
        String role =
            isPluralRole(post.role()) ? RoleLexicon.singularRole(post.role()) : post.role();
        PostStatus st = post.status() == PostStatus.FORMER ? PostStatus.FORMER : status;
        out.add(new RoleFinding(persons.get(p), role, post.organization(), st, shared ? p : null));
      }
    }
  }
}
