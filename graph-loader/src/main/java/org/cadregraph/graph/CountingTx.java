package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;

/**
 * Runs statements in one managed transaction and adds up the driver's update counters of each.
 * Lives as long as one attempt of the transaction. Not thread-safe.
 */
final class CountingTx {
  private final TransactionContext tx;
  private final Counters counters = new Counters();
  private final WriteProfile profile;
  private String step = "statements";

  CountingTx(TransactionContext tx) {
    this(tx, new WriteProfile());
  }

  /** Times each statement into {@code profile}, under the step last named by {@link #step}. */
  CountingTx(TransactionContext tx, WriteProfile profile) {
    this.tx = tx;
    this.profile = profile;
  }

  /** Names the step the next statements belong to, for the profile. */
  void step(String name) {
    step = name;
  }

  /** All records of the statement, its counters added. */
  List<Record> run(String query, Map<String, Object> params) {
    long start = System.nanoTime();
    Result result = tx.run(query, params);
    List<Record> records = result.list();
    counters.add(result.consume());
    profile.add(step, System.nanoTime() - start);
    return records;
  }

  /** The {@code key -> id} pairs the statement returns. */
  Map<String, String> elementIds(String query, Map<String, Object> params) {
    List<Record> records = run(query, params);
    Map<String, String> ids = new HashMap<>(records.size() * 2);
    for (Record r : records) {
      ids.put(r.get("key").asString(), r.get("id").asString());
    }
    return ids;
  }

  /** The {@code id} column the statement returns. */
  List<String> ids(String query, Map<String, Object> params) {
    List<Record> records = run(query, params);
    List<String> ids = new ArrayList<>(records.size());
    for (Record r : records) {
      ids.add(r.get("id").asString());
    }
    return ids;
  }

  /** What the statements run so far created and deleted. */
  Counters counters() {
    return counters;
  }
}
