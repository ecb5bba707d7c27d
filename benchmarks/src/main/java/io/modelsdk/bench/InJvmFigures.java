package io.modelsdk.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * The figures measured in this JVM, every contender against the one loopback server, interleaved per
 * round in an order rotated each round. Sync calls: ops/s over a fixed time slice, and the bytes the
 * calling thread allocated per call. Async: {@value #BURST} lists fired at once at the slow list, timed
 * until all complete, with the bytes allocated per call by every live thread but the server's (threads
 * that die during the burst are missed) and the number of threads started meanwhile. Each contender is
 * warmed up alone first.
 */
final class InJvmFigures {
  static final int SMALL = 100;
  static final int LARGE = 2_000;
  static final int BURST = 1_000;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private record SyncCase(Function<Lineup, IntSupplier> call, int expected, Figure ops, Figure alloc) {}

  private final Set<Long> serverThreads;
  private final List<SyncCase> cases = List.of(
      new SyncCase(l -> l.small()::list, SMALL,
          Figure.ratio("sync list of 100, ops/s", Figure::opsPerSecond),
          Figure.ratio("allocated bytes per list-of-100 call (calling thread)", Figure::bytes)),
      new SyncCase(l -> l.small()::retrieve, 1,
          Figure.ratio("sync retrieve, ops/s", Figure::opsPerSecond),
          Figure.ratio("allocated bytes per retrieve (calling thread)", Figure::bytes)),
      new SyncCase(l -> l.large()::list, LARGE,
          Figure.ratio("sync list of 2,000, ops/s", Figure::opsPerSecond),
          Figure.ratio("allocated bytes per list-of-2,000 call (calling thread)", Figure::bytes)));
  private final Figure asyncWall = Figure.ratio(
      "1,000 async lists at 20 ms server delay, wall", Figure::millis);
  private final Figure asyncThreads = Figure.absolute(
      "threads started during the 1,000 async lists", Figure::count);
  private final Figure asyncAlloc = Figure.ratio(
      "async allocation per call (all live threads but the server's)", Figure::bytes);

  InJvmFigures(FixtureServer server) {
    this.serverThreads = server.threadIds();
  }

  /** The figures, in the table's order. */
  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (SyncCase c : cases) {
      rows.add(c.ops());
      rows.add(c.alloc());
    }
    rows.addAll(List.of(asyncWall, asyncThreads, asyncAlloc));
    return rows;
  }

  void run(List<Lineup> lineups, Options options) {
    for (Lineup lineup : lineups) {
      Harness.progress("warm-up " + lineup.name());
      for (SyncCase c : cases) {
        attempt(() -> slice(c.call().apply(lineup), c.expected(), options.warmupMs()));
      }
      for (int i = 0; i < options.warmupBursts(); i++) {
        attempt(() -> burst(lineup.slow()));
      }
    }
    for (int round = 0; round < options.rounds(); round++) {
      Harness.progress("round " + (round + 1) + "/" + options.rounds());
      List<Lineup> order = Harness.rotate(lineups, round);
      for (SyncCase c : cases) {
        for (Lineup lineup : order) {
          try {
            double[] opsAndBytes = slice(c.call().apply(lineup), c.expected(), options.sliceMs());
            c.ops().add(lineup.name(), round, opsAndBytes[0]);
            c.alloc().add(lineup.name(), round, opsAndBytes[1]);
          } catch (RuntimeException e) {
            c.ops().fail(lineup.name(), e.toString());
            c.alloc().fail(lineup.name(), e.toString());
          }
        }
      }
      for (Lineup lineup : order) {
        try {
          double[] wallThreadsBytes = burst(lineup.slow());
          asyncWall.add(lineup.name(), round, wallThreadsBytes[0]);
          asyncThreads.add(lineup.name(), round, wallThreadsBytes[1]);
          asyncAlloc.add(lineup.name(), round, wallThreadsBytes[2]);
        } catch (RuntimeException e) {
          asyncWall.fail(lineup.name(), e.toString());
          asyncThreads.fail(lineup.name(), e.toString());
          asyncAlloc.fail(lineup.name(), e.toString());
        }
      }
    }
  }

  /** Warm-up: a failure here shows again, and is recorded, in the measured rounds. */
  private static void attempt(Runnable warmUp) {
    try {
      warmUp.run();
    } catch (RuntimeException e) {
      Harness.progress("warm-up failed: " + e);
    }
  }

  /** Calls {@code call} for {@code millis}; answers ops/s and calling-thread bytes per call. */
  private static double[] slice(IntSupplier call, int expected, int millis) {
    long sliceNanos = TimeUnit.MILLISECONDS.toNanos(millis);
    long ops = 0;
    long bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    long now;
    do {
      check(call.getAsInt(), expected);
      ops++;
      now = System.nanoTime();
    } while (now - start < sliceNanos);
    long bytes = THREADS.getCurrentThreadAllocatedBytes() - bytesBefore;
    return new double[] {ops * 1e9 / (now - start), (double) bytes / ops};
  }

  /** Fires {@value #BURST} async lists at once; answers wall nanos, threads started and bytes per call. */
  private double[] burst(Contender slow) {
    long startedBefore = THREADS.getTotalStartedThreadCount();
    Map<Long, Long> bytesBefore = allocatedByThread();
    long start = System.nanoTime();
    List<CompletableFuture<Integer>> calls = new ArrayList<>(BURST);
    for (int i = 0; i < BURST; i++) {
      calls.add(slow.listAsync());
    }
    try {
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("async burst failed: " + e, e);
    }
    long wall = System.nanoTime() - start;
    long started = THREADS.getTotalStartedThreadCount() - startedBefore;
    long bytes = 0;
    for (Map.Entry<Long, Long> after : allocatedByThread().entrySet()) {
      bytes += after.getValue() - bytesBefore.getOrDefault(after.getKey(), 0L);
    }
    for (CompletableFuture<Integer> call : calls) {
      check(call.join(), SMALL);
    }
    return new double[] {wall, started, (double) bytes / BURST};
  }

  private Map<Long, Long> allocatedByThread() {
    long[] ids = THREADS.getAllThreadIds();
    long[] bytes = THREADS.getThreadAllocatedBytes(ids);
    Map<Long, Long> byThread = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] >= 0 && !serverThreads.contains(ids[i])) {
        byThread.put(ids[i], bytes[i]);
      }
    }
    return byThread;
  }

  private static void check(int models, int expected) {
    if (models != expected) {
      throw new IllegalStateException("parsed " + models + " models, the server sent " + expected);
    }
  }
}
