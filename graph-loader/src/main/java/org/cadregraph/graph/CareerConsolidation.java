package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;

/**
 * The rule of {@link Careers} applied across the stored articles, in the transaction of the batch
 * or prune that changed some names' reports: for each such name it weighs every stored report of
 * it, and puts each report that knows the person only by foreign-service posts on the key the
 * verdict gives ({@code name @ foreign service} for two careers, else the plain name key, then the
 * analysts' corrections), moving what is elsewhere ({@link PersonMoves}). The plans write such
 * reports under the plain key, so only a name with two careers, or whose verdict a change turned,
 * has anything to move; and since every report's key follows from the verdict over all stored
 * reports, the graph is the one a clean load of the same articles gives, in any order and batch
 * size. Stateless and thread-safe.
 */
final class CareerConsolidation {
  private CareerConsolidation() {}

  /** Applies the rule to {@code names} in {@code tx}; corrections as the load has them. */
  static void consolidate(CountingTx tx, Set<String> names, Corrections corrections) {
    if (names.isEmpty()) {
      return;
    }
    // Only a name with a report known only by foreign-service posts has anything to place.
    Map<String, Careers.Verdict> verdicts = new HashMap<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Record r :
        tx.run(
            GraphStatements.CAREER_TALLIES,
            Map.of(
                "names", List.copyOf(names),
                "army", Careers.Career.ARMY.storedName(),
                "foreignService", Careers.Career.FOREIGN_SERVICE.storedName(),
                "both", Careers.Career.BOTH.storedName(),
                "enough", Careers.MIN_REPORTS,
                "anchor", Careers.FOREIGN_SERVICE_ANCHOR))) {
      String name = r.get("name").asString();
      long diplomacy = r.get("diplomacy").asLong();
      long second = r.get("second").asLong();
      Careers.Verdict verdict =
          new Careers.Tally(r.get("army").asLong(), diplomacy, r.get("both").asLong()).verdict();
      verdicts.put(name, verdict);
      // Without corrections such a report is on the plain key or on the second node: there is
      // something to place only where some are on the one the verdict does not give, or where a
      // correction may put some elsewhere.
      String key = Careers.foreignServiceKey(name, verdict);
      boolean all = corrections.mayChange(key);
      if (all || (verdict.split() ? second < diplomacy : second > 0)) {
        rows.add(Map.of("name", name, "key", key, "all", all));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    List<PersonMoves.Move> moves = new ArrayList<>();
    for (Record r :
        tx.run(
            GraphStatements.PLACED_REPORTS,
            Map.of("rows", rows, "foreignService", Careers.Career.FOREIGN_SERVICE.storedName()))) {
      String name = r.get("name").asString();
      Careers.Verdict verdict = verdicts.get(name);
      String key = r.get("key").asString();
      String article = r.get("article").asString();
      String target = corrections.apply(Careers.foreignServiceKey(name, verdict), article);
      if (!target.equals(key)) {
        String anchor = verdict.split() ? Careers.FOREIGN_SERVICE_ANCHOR : null;
        moves.add(new PersonMoves.Move(article, key, target, anchor));
      }
    }
    PersonMoves.run(tx, moves);
  }
}
