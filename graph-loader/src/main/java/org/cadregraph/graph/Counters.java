package org.cadregraph.graph;

import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.SummaryCounters;

/** Running totals of the driver's update counters. Not thread-safe. */
final class Counters {
  int nodesCreated;
  int nodesDeleted;
  int relationshipsCreated;
  int relationshipsDeleted;

  void add(ResultSummary summary) {
    SummaryCounters c = summary.counters();
    nodesCreated += c.nodesCreated();
    nodesDeleted += c.nodesDeleted();
    relationshipsCreated += c.relationshipsCreated();
    relationshipsDeleted += c.relationshipsDeleted();
  }

  void add(Counters other) {
    nodesCreated += other.nodesCreated;
    nodesDeleted += other.nodesDeleted;
    relationshipsCreated += other.relationshipsCreated;
    relationshipsDeleted += other.relationshipsDeleted;
  }
}
