package io.modelsdk.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a JVM had in use at once: the largest sum over the heap pools just before each garbage
 * collection (which is when use peaks), or the current use if higher. Summing each pool's own peak
 * instead would overstate it, since eden and the old generation peak at different times. Also the most
 * that survived a collection, which is what the program held rather than what the collector let pile up.
 */
final class PeakHeap {
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong live = new AtomicLong();

  private PeakHeap() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          peak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
          live.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
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
    return Math.max(peak.get(), currentBytes());
  }

  /** The most heap in use just after a collection, in bytes; 0 if none ran. Read after {@link #peakBytes()}. */
  long liveBytes() {
    return live.get();
  }

  private long currentBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> heapPools.contains(p.getName())).mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  private long heapUsed(Map<String, MemoryUsage> pools) {
    return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed()).sum();
  }
}
