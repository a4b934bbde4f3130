package org.cadregraph.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadregraph.extract.model.AnalyzedSentence;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.RoleFinding;
import org.cadregraph.extract.model.Sentence;

/**
 * Tells apart persons of one name where the article itself shows two of them: the same name
 * standing twice in one list of names ("..., Ri Yong Ho, ..., Ri Yong Ho, ...") cannot be one
 * person. Each such occurrence gets a person key: the name with the organization its post names
 * ("Ri Yong Chol of Ministry of Foreign Affairs") where each has an organization of its own, else
 * the name for the first and the name with its rank among the namesakes for the others ("Ri Yong Ho
 * #2"). Every other name keeps no key: one name in one article is one person. Built per article;
 * not shared.
 */
final class SameNamePersonKeys implements PersonKeys {

  /** Key by sentence index and the token the name starts at. */
  private final Map<Long, String> keys = new HashMap<>();

  SameNamePersonKeys(List<AnalyzedSentence> sentences) {
    Map<String, Integer> namesakes = new HashMap<>();
    for (int k = 0; k < sentences.size(); k++) {
      AnalyzedSentence a = sentences.get(k);
      for (List<PersonName> list : lists(a.sentence(), a.names())) {
        Map<String, List<PersonName>> byName = new LinkedHashMap<>();
        for (PersonName n : list) {
          byName.computeIfAbsent(n.name(), x -> new ArrayList<>()).add(n);
        }
        for (List<PersonName> same : byName.values()) {
          if (same.size() < 2) {
            continue;
          }
          List<String> byOrganization = new ArrayList<>();
          for (PersonName n : same) {
            String org = organizationOf(a, n);
            byOrganization.add(org == null ? null : n.name() + " of " + org);
          }
          // organizations tell them apart only when each has its own ("member of the funeral
          // committee" does not)
          boolean distinct =
              !byOrganization.contains(null)
                  && new java.util.HashSet<>(byOrganization).size() == same.size();
          for (int q = 0; q < same.size(); q++) {
            PersonName n = same.get(q);
            int rank = namesakes.merge(n.name(), 1, Integer::sum);
            keys.put(
                id(k, n.from()),
                distinct ? byOrganization.get(q) : rank == 1 ? n.name() : n.name() + " #" + rank);
          }
        }
      }
    }
  }

  /** The key of the name starting at token {@code from} of sentence {@code sentence}, or null. */
  @Override
  public String keyOf(int sentence, PersonName name) {
    return keys.isEmpty() ? null : keys.get(id(sentence, name.from()));
  }

  @Override
  public boolean isEmpty() {
    return keys.isEmpty();
  }

  private static long id(int sentence, int from) {
    return ((long) sentence << 32) | from;
  }

  private static String organizationOf(AnalyzedSentence a, PersonName n) {
    for (RoleFinding r : a.roles()) {
      if (r.person().equals(n) && r.organization() != null) {
        return r.organization();
      }
    }
    return null;
  }

  /** The runs of names separated only by commas and "and". */
  private static List<List<PersonName>> lists(Sentence s, List<PersonName> names) {
    List<List<PersonName>> out = new ArrayList<>();
    List<PersonName> run = new ArrayList<>();
    for (PersonName n : names) {
      if (!run.isEmpty() && !onlyListMarks(s, run.get(run.size() - 1).to(), n.from())) {
        out.add(run);
        run = new ArrayList<>();
      }
      run.add(n);
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }

  private static boolean onlyListMarks(Sentence s, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String w = s.token(i).text();
      if (!w.equals(",") && !w.equals("and") && !w.equals("=")) {
        return false;
      }
    }
    return true;
  }
}
