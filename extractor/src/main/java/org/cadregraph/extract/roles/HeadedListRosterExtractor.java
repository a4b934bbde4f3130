package org.cadregraph.extract.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadregraph.extract.lexicon.RoleLexicon;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.facts.PostStatus;

/**
 * Reads rosters: "X committee will be made up of the following persons: A, B, ..." (each a member
 * of X), and a body announced ("the members of X were appointed. They are as follows:") followed by
 * headed lines "Chairman: A", "Vice-Chairmen: B, C", "Members: D, E, ..." (each name under its
 * heading, of X). A roster ends at the first sentence that is neither a heading nor a bare list of
 * names. Stateless and thread-safe.
 */
final class HeadedListRosterExtractor implements RosterExtractor {

  private static final Pattern MADE_UP =
      Pattern.compile(
          "^(?:The |A )?(.{3,120}?) (?:will be|shall be|is|was|has been|were|are) (?:made"
              + " up|composed|formed|constituted|comprised) of (?:the )?following(?: persons|"
              + " members| comrades)?:",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ANNOUNCED =
      Pattern.compile(
          "(?:members|composition|list of members) of (?:the )?(.{3,120}?) (?:were|was|are|is)"
              + " (?:appointed|elected|formed|announced|organized|as follows)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADING = Pattern.compile("([A-Z][A-Za-z -]{2,60}?)s?: ");

  @Override
  public List<Listed> extract(List<AnalyzedSentence> sentences, Deadline deadline) {
    List<Listed> out = new ArrayList<>();
    String body = null;
    String role = null;
    PostStatus status = PostStatus.CURRENT;
    for (int k = 0; k < sentences.size(); k++) {
      deadline.check();
      AnalyzedSentence a = sentences.get(k);
      if (a.title()) {
        continue;
      }
      Sentence s = a.sentence();
      String text = s.text();
      Matcher made = MADE_UP.matcher(text);
      if (made.find()) {
        body = made.group(1);
        int colon = made.end();
        int index = 0;
        for (PersonName n : a.names()) {
          if (s.token(n.from()).start() - s.start() >= colon) {
            out.add(new Listed(k, new RoleFinding(n, "member", body, PostStatus.CURRENT, index++)));
          }
        }
        body = null;
        continue;
      }
      Matcher announced = ANNOUNCED.matcher(text);
      if (announced.find()) {
        body = announced.group(1);
        role = null;
        status =
            text.toLowerCase(Locale.ROOT).contains("appointed")
                    || text.toLowerCase(Locale.ROOT).contains("elected")
                ? PostStatus.APPOINTED
                : PostStatus.CURRENT;
        continue;
      }
      if (body == null) {
        continue;
      }
      int follows = text.indexOf("as follows:");
      Matcher heading = HEADING.matcher(text);
      if (follows >= 0) {
        heading.region(Math.min(text.length(), follows + "as follows: ".length()), text.length());
      }
      if (heading.lookingAt() && isRoleHeading(heading.group(1))) {
        role = RoleLexicon.singularRole(heading.group(1).trim());
        if (role.endsWith("s") && !role.endsWith("ss")) {
          role = RoleLexicon.singular(role);
        }
        addAll(k, a, role, body, status, heading.end(), out);
        continue;
      }
      if (follows >= 0) {
        continue;
      }
      if (role != null && isBareNameList(a)) {
        addAll(k, a, role, body, status, 0, out);
        continue;
      }
      body = null;
      role = null;
    }
    return out;
  }

  private static boolean isRoleHeading(String heading) {
    boolean head = false;
    for (String w : heading.trim().split("[ ]+")) {
      if (RoleLexicon.isHead(w)) {
        head = true;
      } else if (!RoleLexicon.isModifier(w)) {
        return false;
      }
    }
    return head;
  }

  private static void addAll(
      int index,
      AnalyzedSentence a,
      String role,
      String body,
      PostStatus status,
      int after,
      List<Listed> out) {
    Sentence s = a.sentence();
    for (PersonName n : a.names()) {
      if (s.token(n.from()).start() - s.start() >= after) {
        out.add(new Listed(index, new RoleFinding(n, role, body, status, null)));
      }
    }
  }

  /** A sentence of names and separators only. */
  private static boolean isBareNameList(AnalyzedSentence a) {
    Sentence s = a.sentence();
    int covered = 0;
    for (PersonName n : a.names()) {
      covered += n.to() - n.from();
    }
    int separators = 0;
    for (int i = 0; i < s.size(); i++) {
      String w = s.token(i).text();
      if (w.equals(",") || w.equals("and") || w.equals(".") || w.equals(";")) {
        separators++;
      }
    }
    return !a.names().isEmpty() && covered + separators == s.size();
  }
}
