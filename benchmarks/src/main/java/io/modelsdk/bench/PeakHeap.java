package io.modelsdk.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a JVM had in use at once: the largest sum over the heap pools just before each garbage
 * collection (which is when use peaks), or the current use if higher. Summing each pool's own peak
 * instead would overstate it, since eden and the old generation peak at different times.
 */
final class PeakHeap {
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peak = new AtomicLong();

  private PeakHeap() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          peak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        }
      }, null, null);
    }
  }

  /** Starts watching this JVM's collections. */
  static PeakHeap start() {
    return new PeakHeap();
  }

  /** The peak so far, in bytes; waits briefly for the last collections' notifications, which come late. */
  long peakBytes() throws InterruptedException {
    Thread.sleep(200);
    long now = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> heapPools.contains(p.getName())).mapToLong(p -> p.getUsage().getUsed()).sum();
    return Math.max(peak.get(), now);
  }

  private long heapUsed(Map<String, java.lang.management.MemoryUsage> pools) {
    return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed()).sum();
  }
}
