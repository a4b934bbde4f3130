package org.cadregraph.graph;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a load's writing time went, step by step: reading the stored hashes, working out identity
 * and the rows (plans), each statement of a batch's transaction, and the commits. Measured on the
 * writer thread around each step, so the parts add up to the writer's busy time. Thread-safe.
 */
public final class WriteProfile {
  private final Map<String, Long> nanos = new LinkedHashMap<>();

  /** Adds {@code elapsed} nanoseconds to {@code step}. */
  synchronized void add(String step, long elapsed) {
    nanos.merge(step, elapsed, Long::sum);
  }

  /** The time of each step, in the order the steps first ran. */
  public synchronized Map<String, Duration> steps() {
    Map<String, Duration> out = new LinkedHashMap<>();
    nanos.forEach((step, n) -> out.put(step, Duration.ofNanos(n)));
    return out;
  }

  /** The writer's busy time: the sum of the steps. */
  public synchronized Duration total() {
    return Duration.ofNanos(nanos.values().stream().mapToLong(Long::longValue).sum());
  }

  /**
   * One line, the steps by their share of the total, largest first: {@code commit 31%, nodes Person
   * 12%, ...}.
   */
  public synchronized String summary() {
    long total = Math.max(1, nanos.values().stream().mapToLong(Long::longValue).sum());
    return nanos.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / total))
        .collect(Collectors.joining(", "));
  }
}
