package org.cadregraph.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap of one benchmark phase, from the JVM's memory pools: {@link #reset()} before the
 * phase, {@link #megabytes()} after it. The sum of the heap pools' peaks is an upper bound of the
 * heap in use at any one moment (the pools peak at different times), which is the side to err on.
 * Garbage not yet collected counts too, so the figure also shows how much room the collector was
 * given. The MX beans are the JVM's own and thread-safe; so is this.
 */
final class HeapPeak {
  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .toList();

  /** Starts a phase: what is garbage now should not count, so collect it first. */
  void reset() {
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The peak since the last {@link #reset()}, in MiB. */
  double megabytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      bytes += pool.getPeakUsage().getUsed();
    }
    return bytes / (1024.0 * 1024.0);
  }

  /** The largest heap the JVM may use (-Xmx), in MiB. */
  static double maxMegabytes() {
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
  }
}
