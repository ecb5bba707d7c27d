package io.modelsdk.bench;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A long list read in JVMs of their own ({@link BigList}), each on its contender's runtime class path:
 * the SDK's streaming list in a 32 MiB heap, and beside it every contender's plain {@code list()} in a
 * 1 GiB heap, each with its count, time, peak heap and the most heap live after a GC. A child that fails, such as by running out of
 * memory, is reported as its figure.
 */
final class BigLists {
  static final String SMALL_HEAP = "-Xmx32m";
  static final String BIG_HEAP = "-Xmx1g";

  private final TextRow row;

  BigLists(int size) {
    this.row = new TextRow(String.format("%,d-model list: SDK streamed in %s; plain list() in %s (peak heap)",
        size, SMALL_HEAP, BIG_HEAP));
  }

  List<Row> rows() {
    return List.of(row);
  }

  void run(List<Map.Entry<String, Class<? extends Contender>>> contenders, Map<String, String> classpaths,
      String baseUrl, int size) throws IOException, InterruptedException {
    Map<String, String> streamed = new HashMap<>();
    Map<String, Child.Result> plain = new LinkedHashMap<>();
    for (Map.Entry<String, Class<? extends Contender>> contender : contenders) {
      String name = contender.getKey();
      boolean sdk = contender.getValue() == SdkContender.class;
      Harness.progress("big list " + name);
      if (sdk) {
        Child.Result result = read(name, classpaths.get(name), SMALL_HEAP, "sdk-stream", baseUrl, size);
        streamed.put(name, "streamed in " + SMALL_HEAP + ": " + describe(result, null) + "; ");
      }
      plain.put(name, read(name, classpaths.get(name), BIG_HEAP,
          sdk ? "sdk-list" : contender.getValue().getName(), baseUrl, size));
    }
    Child.Result floor = plain.get(Figure.FLOOR);
    Long floorPeak = floor == null || floor.failure() != null ? null : floor.number("peakHeap");
    plain.forEach((name, result) -> row.set(name, streamed.getOrDefault(name, "") + "list() in " + BIG_HEAP + ": "
        + describe(result, name.equals(Figure.FLOOR) ? null : floorPeak)));
  }

  private Child.Result read(String name, String classpath, String heap, String mode, String baseUrl, int size)
      throws IOException, InterruptedException {
    Child.Result result = Child.run(classpath, List.of(heap, "-XX:+ExitOnOutOfMemoryError"), BigList.class,
        List.of(mode, baseUrl), 300);
    if (result.failure() != null) {
      row.fail(name, mode + " in " + heap + ": " + result.failure());
    } else if (result.number("count") != size) {
      row.fail(name, mode + " in " + heap + ": read " + result.number("count") + " models, the server sent " + size);
    }
    return result;
  }

  private static String describe(Child.Result r, Long floorPeak) {
    if (r.failure() != null) {
      return "failed (" + r.failure() + ")";
    }
    long peak = r.number("peakHeap");
    return String.format("%,d models, %s, peak heap %s%s, at most %s live after a GC", r.number("count"),
        Figure.millis(r.number("nanos")), Figure.bytes(peak),
        floorPeak == null ? "" : " (" + Figure.times((double) peak / floorPeak) + ")", Figure.bytes(r.number("liveHeap")));
  }
}
