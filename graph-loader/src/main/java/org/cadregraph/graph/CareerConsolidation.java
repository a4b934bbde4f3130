package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

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
    List<PersonMoves.Move> moves = new ArrayList<>();
    for (Record r :
        tx.run(
            GraphStatements.CAREER_REPORTS,
            Map.of(
                "names", List.copyOf(names),
                "army", Careers.Career.ARMY.storedName(),
                "foreignService", Careers.Career.FOREIGN_SERVICE.storedName(),
                "both", Careers.Career.BOTH.storedName()))) {
      String name = r.get("name").asString();
      List<Value> placed = r.get("placed").asList(v -> v);
      Careers.Verdict verdict =
          new Careers.Tally(r.get("army").asLong(), placed.size(), r.get("both").asLong())
              .verdict();
      String anchor = verdict.split() ? Careers.FOREIGN_SERVICE_ANCHOR : null;
      for (Value report : placed) {
        String key = report.get(0).asString();
        String article = report.get(1).asString();
        String target = corrections.apply(Careers.foreignServiceKey(name, verdict), article);
        if (!target.equals(key)) {
          moves.add(new PersonMoves.Move(article, key, target, anchor));
        }
      }
    }
    PersonMoves.run(tx, moves);
  }
}
