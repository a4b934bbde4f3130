package org.cadregraph.cli.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadregraph.graph.LoadReport;
import org.cadregraph.graph.WriteProfile;

/**
 * Every figure of one {@code bench} run: as lines for a person, and as named numbers for the JSON
 * line. Immutable.
 *
 * @param fullLoad the loader's own report of the full load (its node and relationship counts)
 * @param loadProfile where the full load's writing time went
 * @param maxHeapMb the JVM's heap limit, to read the peaks against
 * @param seconds the whole run, corpus generation included
 */
record BenchReport(
    CorpusGenerator.GeneratedCorpus corpus,
    ExtractionFigures extraction,
    LoadFigures load,
    LoadReport fullLoad,
    WriteProfile loadProfile,
    double maxHeapMb,
    double seconds) {

  /** The figures by name, in print order; the JSON line is exactly this map. */
  Map<String, Object> figures() {
    TokenPipeline.Pass one = extraction.extractOne().median();
    TokenPipeline.Pass all = extraction.extractAll().median();
    TokenPipeline.Pass floorOne = extraction.floorOne().median();
    TokenPipeline.Pass floorAll = extraction.floorAll().median();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("articles", one.articles());
    f.put("tokens", one.tokens());
    f.put("words", corpus.words());
    f.put("facts", one.facts());
    f.put("threads", extraction.threads());
    f.put("runs", extraction.extractOne().runs());
    f.put("extract_tokens_per_s", round(one.tokensPerSecond()));
    f.put("extract_articles_per_s", round(one.articlesPerSecond()));
    f.put("floor_tokens_per_s", round(floorOne.tokensPerSecond()));
    f.put("extract_share_of_floor", ratio(extraction.shareOfFloor()));
    f.put("extract_tokens_per_s_all_cores", round(all.tokensPerSecond()));
    f.put("extract_articles_per_s_all_cores", round(all.articlesPerSecond()));
    f.put("floor_tokens_per_s_all_cores", round(floorAll.tokensPerSecond()));
    f.put("extract_share_of_floor_all_cores", ratio(extraction.shareOfFloorAllCores()));
    f.put("extract_speedup_all_cores", ratio(extraction.extractSpeedup()));
    f.put("floor_speedup_all_cores", ratio(extraction.floorSpeedup()));
    f.put("load_facts_per_s", round(load.load().factsPerSecond()));
    f.put("load_rows_per_s", round(load.load().rowsPerSecond()));
    f.put("load_rows", load.load().rows());
    f.put("create_rows_per_s", round(load.create().rowsPerSecond()));
    f.put("create_facts_per_s", round(load.create().factsPerSecond()));
    f.put("create_rows", load.create().rows());
    f.put("import_rows_per_s", round(load.bulkImport().rowsPerSecond()));
    f.put("import_facts_per_s", round(load.bulkImport().factsPerSecond()));
    f.put("import_rows", load.bulkImport().rows());
    f.put("load_share_of_create", ratio(load.shareOfCreate()));
    f.put("load_share_of_import", ratio(load.shareOfImport()));
    f.put("full_load_s", ratio(load.load().seconds()));
    f.put("unchanged_reload_s", ratio(load.reloadSeconds()));
    f.put("reload_share_of_full_load", ratio(load.reloadShare()));
    f.put("create_s", ratio(load.create().seconds()));
    f.put("import_s", ratio(load.bulkImport().seconds()));
    f.put("peak_heap_extract_mb", round(extraction.peakHeapMb()));
    f.put("peak_heap_load_mb", round(load.peakHeapMb()));
    f.put("peak_heap_mb", round(Math.max(extraction.peakHeapMb(), load.peakHeapMb())));
    f.put("max_heap_mb", round(maxHeapMb));
    f.put("bench_s", round(seconds));
    return f;
  }

  /** The report for a person: what was measured, the ratios, and what they compare. */
  List<String> lines() {
    Map<String, Object> f = figures();
    return List.of(
        fmt(
            "corpus: %d articles, %d words; extractor: %d tokens, %d facts",
            corpus.articles(), corpus.words(), f.get("tokens"), f.get("facts")),
        fmt(
            "extraction, 1 thread:   %,.0f tokens/s (%,.1f articles/s); OpenNLP floor %,.0f"
                + " tokens/s; extraction runs at %.0f%% of the floor",
            f.get("extract_tokens_per_s"),
            f.get("extract_articles_per_s"),
            f.get("floor_tokens_per_s"),
            100 * extraction.shareOfFloor()),
        fmt(
            "extraction, %d threads: %,.0f tokens/s (%,.1f articles/s); OpenNLP floor %,.0f"
                + " tokens/s; %.0f%% of the floor",
            extraction.threads(),
            f.get("extract_tokens_per_s_all_cores"),
            f.get("extract_articles_per_s_all_cores"),
            f.get("floor_tokens_per_s_all_cores"),
            100 * extraction.shareOfFloorAllCores()),
        fmt(
            "speed-up 1 -> %d threads: extraction %.2fx, floor %.2fx (medians of %d runs)",
            extraction.threads(),
            extraction.extractSpeedup(),
            extraction.floorSpeedup(),
            extraction.extractOne().runs()),
        fmt(
            "load (MERGE, derived values): %,.0f facts/s, %,.0f rows/s (%d nodes + relationships),"
                + " %.1f s",
            f.get("load_facts_per_s"),
            f.get("load_rows_per_s"),
            load.load().rows(),
            load.load().seconds()),
        fmt(
            "raw UNWIND CREATE:            %,.0f facts/s, %,.0f rows/s (%d rows), %.1f s; load runs"
                + " at %.0f%% of it",
            f.get("create_facts_per_s"),
            f.get("create_rows_per_s"),
            load.create().rows(),
            load.create().seconds(),
            100 * load.shareOfCreate()),
        fmt(
            "bulk import (neo4j-admin):    %,.0f facts/s, %,.0f rows/s (%d rows), %.1f s; load runs"
                + " at %.0f%% of it",
            f.get("import_facts_per_s"),
            f.get("import_rows_per_s"),
            load.bulkImport().rows(),
            load.bulkImport().seconds(),
            100 * load.shareOfImport()),
        fmt(
            "load's writing time (%.1f s on the writer thread): %s",
            loadProfile.total().toNanos() / 1e9, loadProfile.summary()),
        fmt(
            "unchanged re-load: %.2f s, %.1f%% of the full load (%s)",
            load.reloadSeconds(), 100 * load.reloadShare(), fullLoad.summary()),
        fmt(
            "peak heap: %.0f MB extracting, %.0f MB loading (embedded Neo4j included), of %.0f MB"
                + " max",
            extraction.peakHeapMb(), load.peakHeapMb(), maxHeapMb));
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static double ratio(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
