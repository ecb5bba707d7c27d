package io.modelsdk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top allocation sites in a JFR recording of {@link Loop}: {@code jdk.ObjectAllocationSample} weights
 * on the main thread, summed by allocated class and the first frame outside the JDK (the library code
 * that asked for it), as shares of the total. Arguments: the recording and how many sites to print.
 */
public final class AllocationSites {
  private AllocationSites() {}

  public static void main(String[] args) throws IOException {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Map<String, Long> weights = new HashMap<>();
    long total = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ObjectAllocationSample")
          || event.getThread("eventThread") == null || !"main".equals(event.getThread("eventThread").getJavaName())) {
        continue;
      }
      long weight = event.getLong("weight");
      total += weight;
      weights.merge(event.getClass("objectClass").getName() + " <- " + site(event), weight, Long::sum);
    }
    long sum = total;
    System.out.printf("%d MiB sampled on the main thread%n", total >> 20);
    weights.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(top)
        .forEach(e -> System.out.printf("%5.1f %%  %s%n", 100.0 * e.getValue() / sum, e.getKey()));
  }

  private static String site(RecordedEvent event) {
    if (event.getStackTrace() == null) {
      return "?";
    }
    List<RecordedFrame> frames = event.getStackTrace().getFrames();
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        return type + "." + frame.getMethod().getName();
      }
    }
    return frames.isEmpty() ? "?" : frames.get(0).getMethod().getType().getName() + "." + frames.get(0).getMethod().getName();
  }
}
