package org.cadregraph.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactJson;

/**
 * Scores extracted facts against gold annotations ({@code *.gold.json}) exactly as the project's
 * scorer ({@code eval/score.py}) does: holds strict and lenient with a maximum one-to-one matching
 * per article, persons by a romanization-tolerant key, part_of (lenient), and participation after
 * aligning system events with gold events. The same figures, so quality is a test. Stateless and
 * thread-safe.
 */
public final class FactEvaluator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}_\\p{M}' .]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** One gold file: the article it annotates, its records, and the cleaned text of the article. */
  public record GoldArticle(String article, JsonNode gold, String text) {}

  /** Loads every {@code *.gold.json} of a folder, in name order, with its article's text. */
  public List<GoldArticle> loadGold(Path dir) {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    } catch (IOException e) {
      throw new ExtractionException(
          "cannot list gold folder " + dir + " (" + e.getMessage() + ")", e);
    }
    Map<String, GoldArticle> byArticle = new LinkedHashMap<>();
    for (Path f : files) {
      JsonNode g;
      try {
        g = JSON.readTree(f.toFile());
      } catch (IOException e) {
        throw new ExtractionException(f + ": not valid JSON (" + e.getMessage() + ")", e);
      }
      String article = g.path("article").asText(null);
      if (article == null) {
        throw new ExtractionException(f + ": gold file has no \"article\" field");
      }
      Path textFile = f.getParent().resolve(article.split("#")[0]);
      String text = null;
      String name = textFile.getFileName().toString();
      if (Files.isRegularFile(textFile)
          && (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm"))) {
        try {
          text =
              clean(
                  new String(Files.readAllBytes(textFile), StandardCharsets.UTF_8)
                      .replace("\r", " "));
        } catch (IOException e) {
          throw new ExtractionException(textFile + ": cannot read (" + e.getMessage() + ")", e);
        }
      }
      byArticle.put(article, new GoldArticle(article, g, text));
    }
    return List.copyOf(byArticle.values());
  }

  /** Scores facts (as the extractor returns them) against the gold. */
  public EvaluationReport evaluateFacts(List<GoldArticle> gold, List<? extends Fact> facts) {
    List<JsonNode> rows = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      try {
        rows.add(JSON.readTree(FactJson.toJson(f)));
      } catch (IOException e) {
        throw new ExtractionException("cannot convert fact of " + f.article() + " to JSON", e);
      }
    }
    return evaluate(gold, rows);
  }

  /** Scores JSON Lines rows (as score.py reads them) against the gold. */
  public EvaluationReport evaluate(List<GoldArticle> gold, List<JsonNode> rows) {
    Map<String, List<JsonNode>> byArticle = new HashMap<>();
    for (JsonNode r : rows) {
      byArticle.computeIfAbsent(r.path("article").asText(null), k -> new ArrayList<>()).add(r);
    }
    int[][] totals = new int[5][3];
    List<String> errors = new ArrayList<>();
    for (GoldArticle ga : gold) {
      List<JsonNode> art = byArticle.getOrDefault(ga.article(), List.of());
      JsonNode g = ga.gold();
      scoreHolds(ga.article(), g, art, totals, errors);
      scorePersons(ga, art, totals[2]);
      scorePartOf(g, art, totals[3]);
      scoreParticipation(g, art, totals[4]);
    }
    String[] names = {"holds_strict", "holds_lenient", "persons", "part_of", "participation"};
    List<Measure> measures = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      measures.add(new Measure(names[i], totals[i][0], totals[i][1], totals[i][2]));
    }
    return new EvaluationReport(gold.size(), measures, errors);
  }

  // ---- holds

  private record GoldHolds(
      String person, List<String> personAlts, List<String> role, List<String> org) {}

  private record SysHolds(String person, String role, String org) {}

  private static void scoreHolds(
      String article, JsonNode g, List<JsonNode> rows, int[][] totals, List<String> errors) {
    List<GoldHolds> gh = goldHolds(g);
    List<SysHolds> sh = sysHolds(rows);
    for (int mode = 0; mode < 2; mode++) {
      boolean lenient = mode == 1;
      List<int[]> pairs =
          match(
              sh,
              gh,
              (s, x) ->
                  x.personAlts().contains(s.person())
                      && ((anyAlt(s.role(), x.role(), (a, b) -> roleMatch(a, b, lenient))
                              && anyAlt(s.org(), x.org(), (a, b) -> orgMatch(a, b, lenient)))
                          || lenient && splitMatch(s, x)));
      totals[mode][0] += pairs.size();
      totals[mode][1] += sh.size();
      totals[mode][2] += gh.size();
      if (lenient) {
        Set<Integer> ms = new HashSet<>();
        Set<Integer> mg = new HashSet<>();
        for (int[] p : pairs) {
          ms.add(p[0]);
          mg.add(p[1]);
        }
        for (int i = 0; i < sh.size(); i++) {
          if (!ms.contains(i)) {
            errors.add(
                "  spurious "
                    + article
                    + ": "
                    + repr(sh.get(i).person(), sh.get(i).role(), sh.get(i).org()));
          }
        }
        for (int j = 0; j < gh.size(); j++) {
          if (!mg.contains(j)) {
            GoldHolds x = gh.get(j);
            errors.add(
                "  missed   " + article + ": " + repr(x.person(), x.role().get(0), x.org().get(0)));
          }
        }
      }
    }
  }

  private static String repr(String person, String role, String org) {
    return "{'person': "
        + pyStr(person)
        + ", 'role': "
        + pyStr(role)
        + ", 'organization': "
        + pyStr(org)
        + "}";
  }

  private static String pyStr(String s) {
    if (s == null) {
      return "None";
    }
    return s.contains("'") && !s.contains("\"")
        ? "\"" + s + "\""
        : "'" + s.replace("'", "\\'") + "'";
  }

  private static List<GoldHolds> goldHolds(JsonNode g) {
    List<GoldHolds> recs = new ArrayList<>();
    for (JsonNode h : g.path("holds")) {
      List<String> persons = alts(h.get("person"));
      List<String> alts = new ArrayList<>();
      for (String p : persons) {
        alts.add(personKey(p));
      }
      recs.add(
          new GoldHolds(
              personKey(persons.get(0)),
              alts,
              normAll(alts(h.get("role"))),
              normAll(alts(h.get("organization")))));
    }
    Set<String> withOrg = new HashSet<>();
    for (GoldHolds r : recs) {
      if (r.org().get(0) != null) {
        withOrg.add(r.person() + "\u0000" + r.role().get(0));
      }
    }
    return recs.stream()
        .filter(
            r ->
                r.org().get(0) != null
                    || !withOrg.contains(r.person() + "\u0000" + r.role().get(0)))
        .toList();
  }

  private static List<SysHolds> sysHolds(List<JsonNode> rows) {
    List<SysHolds> recs = new ArrayList<>();
    Set<SysHolds> seen = new HashSet<>();
    for (JsonNode r : rows) {
      if (!"holds".equals(r.path("type").asText())) {
        continue;
      }
      SysHolds rec =
          new SysHolds(
              personKey(text(r, "person")), norm(text(r, "role")), norm(text(r, "organization")));
      if (rec.person() == null || !seen.add(rec)) {
        continue;
      }
      recs.add(rec);
    }
    Set<String> withOrg = new HashSet<>();
    for (SysHolds r : recs) {
      if (r.org() != null) {
        withOrg.add(r.person() + "\u0000" + r.role());
      }
    }
    return recs.stream()
        .filter(r -> r.org() != null || !withOrg.contains(r.person() + "\u0000" + r.role()))
        .toList();
  }

  static boolean roleMatch(String sys, String gold, boolean lenient) {
    if (Objects.equals(sys, gold)) {
      return true;
    }
    if (!lenient || sys == null || gold == null) {
      return false;
    }
    String[] a = sys.split(" ");
    String[] b = gold.split(" ");
    Set<String> sa = Set.of(dedupe(a));
    Set<String> sb = Set.of(dedupe(b));
    return a[a.length - 1].equals(b[b.length - 1]) && (sb.containsAll(sa) || sa.containsAll(sb));
  }

  static boolean orgMatch(String sys, String gold, boolean lenient) {
    if (Objects.equals(sys, gold)) {
      return true;
    }
    if (!lenient || sys == null || gold == null) {
      return false;
    }
    Set<String> a = words(sys);
    Set<String> b = words(gold);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if ((double) inter.size() / union.size() >= 0.6) {
      return true;
    }
    String shortS = sys.length() <= gold.length() ? sys : gold;
    String longS = sys.length() <= gold.length() ? gold : sys;
    return (longS + " ").startsWith(shortS + " ")
        && shortS.split(" ").length >= 0.5 * longS.split(" ").length;
  }

  private static String post(String role, String org) {
    if (role == null) {
      return null;
    }
    String text = org == null ? role : role + " of " + org;
    StringBuilder out = new StringBuilder();
    for (String w : text.split(" ")) {
      if (!w.isEmpty() && !ARTICLES.contains(w)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(w);
      }
    }
    return out.toString();
  }

  private static boolean splitMatch(SysHolds s, GoldHolds g) {
    String a = post(s.role(), s.org());
    if (a == null || s.org() == null) {
      return false;
    }
    for (String r : g.role()) {
      for (String o : g.org()) {
        if (o != null && a.equals(post(r, o))) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- persons

  private static void scorePersons(GoldArticle ga, List<JsonNode> rows, int[] t) {
    Set<String> gp = new HashSet<>();
    for (JsonNode h : ga.gold().path("holds")) {
      gp.add(personKey(alts(h.get("person")).get(0)));
    }
    for (JsonNode e : ga.gold().path("events")) {
      for (JsonNode p : e.path("participants")) {
        gp.add(personKey(alts(p.get("person")).get(0)));
      }
    }
    Map<String, String> surfaces = new LinkedHashMap<>();
    for (JsonNode r : rows) {
      String type = r.path("type").asText();
      String key = personKey(text(r, "person"));
      if ((type.equals("holds") || type.equals("participation") || type.equals("mention"))
          && key != null) {
        surfaces.putIfAbsent(key, text(r, "person"));
      }
    }
    Set<String> sp = new HashSet<>();
    for (Map.Entry<String, String> e : surfaces.entrySet()) {
      if (gp.contains(e.getKey()) || !namedInText(e.getValue(), ga.text())) {
        sp.add(e.getKey());
      }
    }
    Set<String> both = new HashSet<>(gp);
    both.retainAll(sp);
    t[0] += both.size();
    t[1] += sp.size();
    t[2] += gp.size();
  }

  private static boolean namedInText(String surface, String text) {
    if (surface == null || text == null) {
      return false;
    }
    String s = clean(surface);
    return s.split(" ").length >= 2
        && Pattern.compile("(?<![\\p{L}\\p{N}_'])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}_'])")
            .matcher(text)
            .find();
  }

  // ---- part_of

  private record GoldPart(List<String> child, List<String> parent) {}

  private record SysPart(String child, String parent) {}

  private static void scorePartOf(JsonNode g, List<JsonNode> rows, int[] t) {
    List<GoldPart> gpo = new ArrayList<>();
    for (JsonNode p : g.path("part_of")) {
      gpo.add(new GoldPart(normAll(alts(p.get("child"))), normAll(alts(p.get("parent")))));
    }
    TreeMap<String, SysPart> unique = new TreeMap<>();
    for (JsonNode r : rows) {
      if ("part_of".equals(r.path("type").asText())) {
        String c = norm(text(r, "child"));
        String p = norm(text(r, "parent"));
        if (c != null && !c.isEmpty() && p != null && !p.isEmpty()) {
          unique.put(c + "\u0000" + p, new SysPart(c, p));
        }
      }
    }
    List<SysPart> spo = new ArrayList<>(unique.values());
    List<int[]> pairs =
        match(
            spo,
            gpo,
            (s, x) ->
                anyAlt(s.child(), x.child(), (a, b) -> orgMatch(a, b, true))
                    && anyAlt(s.parent(), x.parent(), (a, b) -> orgMatch(a, b, true)));
    t[0] += pairs.size();
    t[1] += spo.size();
    t[2] += gpo.size();
  }

  // ---- participation

  private record GoldEvent(List<String> names, Set<String> parts) {}

  private static void scoreParticipation(JsonNode g, List<JsonNode> rows, int[] t) {
    List<GoldEvent> goldEvents = new ArrayList<>();
    for (JsonNode e : g.path("events")) {
      Set<String> parts = new HashSet<>();
      for (JsonNode p : e.path("participants")) {
        parts.add(personKey(alts(p.get("person")).get(0)) + "\u0000" + p.path("as").asText(null));
      }
      goldEvents.add(new GoldEvent(normAll(alts(e.get("name"))), parts));
    }
    Map<String, Set<String>> sysEvents = new LinkedHashMap<>();
    for (JsonNode r : rows) {
      if ("participation".equals(r.path("type").asText())) {
        String ev = norm(text(r, "event"));
        String key = personKey(text(r, "person"));
        if (ev != null && !ev.isEmpty() && key != null) {
          sysEvents
              .computeIfAbsent(ev, k -> new LinkedHashSet<>())
              .add(key + "\u0000" + (r.hasNonNull("as") ? r.get("as").asText() : "null"));
        }
      }
    }
    record Scored(int named, int shared, String sname, int gi) {}
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, Set<String>> se : sysEvents.entrySet()) {
      for (int gi = 0; gi < goldEvents.size(); gi++) {
        GoldEvent ge = goldEvents.get(gi);
        boolean named = false;
        for (String gn : ge.names()) {
          named |= orgMatch(se.getKey(), gn, true);
        }
        Set<String> sp = persons(se.getValue());
        sp.retainAll(persons(ge.parts()));
        if (named || !sp.isEmpty()) {
          scored.add(new Scored(named ? 1 : 0, sp.size(), se.getKey(), gi));
        }
      }
    }
    scored.sort(
        Comparator.comparingInt((Scored x) -> -x.named())
            .thenComparingInt(x -> -x.shared())
            .thenComparing(Scored::sname)
            .thenComparingInt(Scored::gi));
    Map<String, Integer> aligned = new HashMap<>();
    Set<Integer> used = new HashSet<>();
    for (Scored x : scored) {
      if (!aligned.containsKey(x.sname()) && !used.contains(x.gi())) {
        aligned.put(x.sname(), x.gi());
        used.add(x.gi());
      }
    }
    int nSys = sysEvents.values().stream().mapToInt(Set::size).sum();
    int nGold = goldEvents.stream().mapToInt(e -> e.parts().size()).sum();
    int tp = 0;
    for (Map.Entry<String, Set<String>> se : sysEvents.entrySet()) {
      Integer gi = aligned.get(se.getKey());
      if (gi != null) {
        Set<String> both = new HashSet<>(se.getValue());
        both.retainAll(goldEvents.get(gi).parts());
        tp += both.size();
      }
    }
    t[0] += tp;
    t[1] += nSys;
    t[2] += nGold;
  }

  private static Set<String> persons(Set<String> parts) {
    Set<String> out = new HashSet<>();
    for (String p : parts) {
      out.add(p.substring(0, p.indexOf('\u0000')));
    }
    return out;
  }

  // ---- shared helpers, as in score.py

  /** Maximum one-to-one matching by augmenting paths; returns (system index, gold index) pairs. */
  static <S, G> List<int[]> match(List<S> sys, List<G> gold, BiPredicate<S, G> same) {
    List<List<Integer>> edges = new ArrayList<>();
    for (S s : sys) {
      List<Integer> e = new ArrayList<>();
      for (int j = 0; j < gold.size(); j++) {
        if (same.test(s, gold.get(j))) {
          e.add(j);
        }
      }
      edges.add(e);
    }
    Map<Integer, Integer> owner = new TreeMap<>();
    for (int i = 0; i < sys.size(); i++) {
      augment(i, new HashSet<>(), edges, owner);
    }
    List<int[]> pairs = new ArrayList<>();
    owner.forEach((j, i) -> pairs.add(new int[] {i, j}));
    return pairs;
  }

  private static boolean augment(
      int i, Set<Integer> seen, List<List<Integer>> edges, Map<Integer, Integer> owner) {
    for (int j : edges.get(i)) {
      if (seen.add(j)) {
        if (!owner.containsKey(j) || augment(owner.get(j), seen, edges, owner)) {
          owner.put(j, i);
          return true;
        }
      }
    }
    return false;
  }

  private static boolean anyAlt(String value, List<String> alts, BiPredicate<String, String> fn) {
    for (String a : alts) {
      if (fn.test(value, a)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> alts(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      out.add(null);
    } else if (v.isArray()) {
      v.forEach(x -> out.add(x.isNull() ? null : x.asText()));
      if (out.isEmpty()) {
        out.add(null);
      }
    } else {
      out.add(v.asText());
    }
    return out;
  }

  private static List<String> normAll(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.add(norm(v));
    }
    return out;
  }

  private static String text(JsonNode r, String field) {
    JsonNode v = r.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static String norm(String s) {
    return s == null ? null : clean(s);
  }

  /**
   * score.py's _clean: NFKC, quotes, lower case, hyphens to spaces, punctuation out, leading
   * articles off.
   */
  static String clean(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
    t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
    t = t.toLowerCase(Locale.ROOT).replace("-", " ");
    t = NOT_WORD.matcher(t).replaceAll(" ");
    t = SPACES.matcher(t).replaceAll(" ");
    t = strip(t, " .,;:");
    String[] words = t.isEmpty() ? new String[0] : t.split(" ");
    int k = 0;
    while (k < words.length && ARTICLES.contains(words[k])) {
      k++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
  }

  private static String strip(String s, String chars) {
    int a = 0;
    int b = s.length();
    while (a < b && chars.indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    return s.substring(a, b);
  }

  /** score.py's person_key: surname, a space, then the given name without spaces. */
  static String personKey(String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    String c = clean(name).replace(".", " ").trim();
    if (c.isEmpty()) {
      return null;
    }
    String[] w = SPACES.split(c);
    StringBuilder key = new StringBuilder(w[0]).append(' ');
    for (int i = 1; i < w.length; i++) {
      key.append(w[i]);
    }
    return key.toString();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    if (s != null) {
      for (String w : s.split(" ")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static String[] dedupe(String[] words) {
    return new LinkedHashSet<>(List.of(words)).toArray(new String[0]);
  }
}
