package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * One batch of articles written in one transaction, as named steps run in this order:
 *
 * <ol>
 *   <li>{@link #noteReplacedCareers}: the names whose reports in the replaced articles show a
 *       career, which the last step weighs again;
 *   <li>{@link #detachChangedDates}: a replaced article whose date changed counts differently
 *       everywhere, so all its statements are removed (its nodes are recounted at the end);
 *   <li>{@link #markStale}: a replaced article of unchanged date keeps what its new text states
 *       again: its statements are marked stale, and unmarked as they are written again;
 *   <li>{@link #writeArticles}: the article nodes;
 *   <li>{@link #writeNodes}, per label: the new articles' statements folded into one row per node
 *       ({@link FreshNodes}), and the replaced articles' statements merged one by one;
 *   <li>{@link #writeStatements}: the new articles' STATED_IN links, every label in one statement;
 *   <li>{@link #writeLinks}, per kind: the structural links;
 *   <li>{@link #sweepStale}: what the replaced articles no longer state;
 *   <li>{@link #recount}: nodes that lost a statement, or show other values now, are deleted when
 *       nothing states them and recounted otherwise; the others were updated as they were written;
 *   <li>{@link #consolidateCareers}: the rule across articles ({@link CareerConsolidation}) for
 *       every name whose reports the batch added or changed.
 * </ol>
 *
 * Nodes, statements and links find their ends by the element ids the earlier steps return. Made
 * anew for each attempt of the transaction (the driver may retry it). Not thread-safe.
 */
final class BatchWrite {
  private final CountingTx tx;
  private final List<ArticlePlan> plans;
  private final Corrections corrections;

  /** Names whose reports of a career the batch adds, changes or removes. */
  private final Set<String> careerNames = new TreeSet<>();

  /** Replaced articles of unchanged date, whose statements are marked stale and then swept. */
  private final List<String> marking = new ArrayList<>();

  /** Replaced articles of another date, whose statements are all removed first. */
  private final List<String> detaching = new ArrayList<>();

  /** Element ids of the nodes that need a full recount. */
  private final Set<String> touched = new LinkedHashSet<>();

  private Map<String, String> articleIds = Map.of();
  private final Map<NodeLabel, Map<String, String>> nodeIds = new EnumMap<>(NodeLabel.class);
  private final List<StatementRow> statements = new ArrayList<>();

  private BatchWrite(
      TransactionContext tx,
      List<ArticlePlan> batch,
      Map<String, StoredArticle> stored,
      Corrections corrections,
      WriteProfile profile) {
    this.tx = new CountingTx(tx, profile);
    this.corrections = corrections;
    // Oldest report first: a node then ends with the values of its newest report however the
    // planner orders the per-row updates of one statement (see GraphStatements#nodes).
    this.plans = new ArrayList<>(batch);
    plans.sort(Comparator.comparing(ArticlePlan::stamp));
    for (ArticlePlan plan : plans) {
      StoredArticle before = stored.get(plan.article());
      if (before != null) {
        (Objects.equals(before.date(), plan.info.date()) ? marking : detaching).add(plan.article());
      }
    }
  }

  /**
   * Writes the whole batch in the transaction {@code tx} and returns what it created and deleted;
   * {@code stored} holds what the database had of the batch's articles, {@code hashes} the load
   * hash of each, {@code sourceStamps} the stamp of the file each was read from (where known),
   * {@code corrections} the analysts' corrections of the load; each statement's time goes to {@code
   * profile}.
   */
  static Counters write(
      TransactionContext tx,
      List<ArticlePlan> batch,
      Map<String, StoredArticle> stored,
      Map<String, String> hashes,
      Map<String, String> sourceStamps,
      Corrections corrections,
      WriteProfile profile) {
    BatchWrite write = new BatchWrite(tx, batch, stored, corrections, profile);
    write.tx.step("replaced articles");
    write.noteReplacedCareers();
    write.detachChangedDates();
    write.markStale();
    write.tx.step("articles");
    write.writeArticles(hashes, sourceStamps);
    for (NodeLabel label : NodeLabel.values()) {
      write.tx.step("nodes " + label.label());
      write.writeNodes(label);
    }
    write.tx.step("statements");
    write.writeStatements();
    for (Link link : Link.values()) {
      write.tx.step("links");
      write.writeLinks(link);
    }
    write.tx.step("replaced articles");
    write.sweepStale();
    write.recount();
    write.tx.step("careers");
    write.consolidateCareers();
    return write.tx.counters();
  }

  private void noteReplacedCareers() {
    if (!marking.isEmpty() || !detaching.isEmpty()) {
      List<String> replaced = new ArrayList<>(marking);
      replaced.addAll(detaching);
      for (Record r : tx.run(GraphStatements.CAREER_NAMES, Map.of("ids", replaced))) {
        careerNames.add(r.get("name").asString());
      }
    }
  }

  private void detachChangedDates() {
    if (!detaching.isEmpty()) {
      touched.addAll(tx.ids(GraphStatements.DETACH_STATEMENTS, Map.of("ids", detaching)));
    }
  }

  private void markStale() {
    if (!marking.isEmpty()) {
      tx.run(GraphStatements.MARK_STALE, Map.of("ids", marking));
    }
  }

  private void writeArticles(Map<String, String> hashes, Map<String, String> sourceStamps) {
    List<ArticleRow> rows = new ArrayList<>();
    for (ArticlePlan plan : plans) {
      rows.add(plan.article(hashes.get(plan.article()), sourceStamps.get(plan.article())));
    }
    articleIds = tx.elementIds(GraphStatements.ARTICLES, Map.of("rows", DriverRows.articles(rows)));
  }

  private void writeNodes(NodeLabel label) {
    FreshNodes fresh = new FreshNodes();
    List<NodeRow> restated = new ArrayList<>();
    for (ArticlePlan plan : plans) {
      Map<String, NodeRow> byKey = plan.nodes().get(label);
      if (byKey == null) {
        continue;
      }
      if (marking.contains(plan.article())) {
        restated.addAll(byKey.values());
      } else {
        byKey.values().forEach(row -> fresh.add(plan, row));
      }
    }
    Map<String, String> ids = new HashMap<>();
    if (!fresh.isEmpty()) {
      ids.putAll(writeFresh(label, fresh));
    }
    if (!restated.isEmpty()) {
      ids.putAll(writeRestated(label, restated));
    }
    nodeIds.put(label, ids);
  }

  /** Merges the nodes the new articles state; their statements are written later, by id. */
  private Map<String, String> writeFresh(NodeLabel label, FreshNodes fresh) {
    Map<String, String> ids =
        tx.elementIds(
            GraphStatements.nodes(label), Map.of("rows", DriverRows.freshNodes(fresh.rows())));
    for (NodeRow statement : fresh.statements()) {
      statements.add(
          new StatementRow(
              ids.get(statement.key()), articleIds.get(statement.article()), statement.evidence()));
    }
    return ids;
  }

  /** Merges the replaced articles' nodes and statements; a changed one is recounted later. */
  private Map<String, String> writeRestated(NodeLabel label, List<NodeRow> restated) {
    Map<String, String> ids = new HashMap<>();
    for (Record r :
        tx.run(
            GraphStatements.restated(label),
            Map.of(
                "rows", DriverRows.restatedNodes(restated), "shown", GraphStatements.DISPLAYED))) {
      ids.put(r.get("key").asString(), r.get("id").asString());
      if (r.get("changed").asBoolean()) {
        touched.add(r.get("id").asString());
      }
    }
    return ids;
  }

  private void writeStatements() {
    if (!statements.isEmpty()) {
      tx.run(GraphStatements.STATEMENTS, Map.of("rows", DriverRows.statements(statements)));
    }
  }

  private void writeLinks(Link link) {
    Map<String, String> fromIds = nodeIds.get(link.from);
    Map<String, String> toIds = nodeIds.get(link.to);
    Set<LinkRow> rows = new LinkedHashSet<>();
    for (ArticlePlan plan : plans) {
      for (LinkRow keys : plan.links().getOrDefault(link, Set.of())) {
        rows.add(new LinkRow(fromIds.get(keys.from()), toIds.get(keys.to())));
      }
    }
    if (!rows.isEmpty()) {
      tx.run(GraphStatements.links(link), Map.of("rows", DriverRows.links(rows)));
    }
  }

  private void sweepStale() {
    if (!marking.isEmpty()) {
      touched.addAll(tx.ids(GraphStatements.SWEEP_STALE, Map.of("ids", marking)));
    }
  }

  private void consolidateCareers() {
    for (ArticlePlan plan : plans) {
      for (NodeRow row : plan.nodes().getOrDefault(NodeLabel.PERSON, Map.of()).values()) {
        if (row.evidence().get("name_key") instanceof String name) {
          careerNames.add(name);
        }
      }
    }
    CareerConsolidation.consolidate(tx, careerNames, corrections);
  }

  private void recount() {
    if (!touched.isEmpty()) {
      List<String> ids = new ArrayList<>(touched);
      tx.run(GraphStatements.DELETE_UNSUPPORTED, Map.of("ids", ids));
      tx.run(GraphStatements.REFRESH, Map.of("ids", ids));
    }
  }
}
