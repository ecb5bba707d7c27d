package io.modelsdk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;

/**
 * A measured figure: one value per contender per round. The floor's cell is its median; another
 * contender's is the median of its per-round ratios to the floor's value of the same round, with their
 * range {@code [min..max]} as the noise. An absolute figure shows every contender's own median and range.
 * A figure measured once (one round) shows the value and the ratio.
 */
final class Figure implements Row {
  static final String FLOOR = "floor";

  private final String label;
  private final DoubleFunction<String> format;
  private final boolean absolute;
  private final Map<String, TreeMap<Integer, Double>> values = new LinkedHashMap<>();
  private final Map<String, String> failures = new LinkedHashMap<>();

  private Figure(String label, DoubleFunction<String> format, boolean absolute) {
    this.label = label;
    this.format = format;
    this.absolute = absolute;
  }

  /** A figure read as ratios to the floor. */
  static Figure ratio(String label, DoubleFunction<String> format) {
    return new Figure(label, format, false);
  }

  /** A figure read as each contender's own values. */
  static Figure absolute(String label, DoubleFunction<String> format) {
    return new Figure(label, format, true);
  }

  void add(String contender, int round, double value) {
    values.computeIfAbsent(contender, c -> new TreeMap<>()).put(round, value);
  }

  void fail(String contender, String why) {
    failures.putIfAbsent(contender, why);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String cell(String contender) {
    if (failures.containsKey(contender)) {
      return "failed: " + failures.get(contender);
    }
    TreeMap<Integer, Double> own = values.get(contender);
    if (own == null) {
      return "-";
    }
    if (absolute) {
      List<Double> v = new ArrayList<>(own.values());
      return format.apply(median(v)) + (v.size() > 1 ? " [" + format.apply(min(v)) + ".." + format.apply(max(v)) + "]" : "");
    }
    if (contender.equals(FLOOR)) {
      return format.apply(median(new ArrayList<>(own.values())));
    }
    TreeMap<Integer, Double> floor = values.getOrDefault(FLOOR, new TreeMap<>());
    List<Double> ratios = new ArrayList<>();
    own.forEach((round, value) -> {
      if (floor.containsKey(round)) {
        ratios.add(value / floor.get(round));
      }
    });
    if (ratios.isEmpty()) {
      return format.apply(median(new ArrayList<>(own.values()))) + " (no floor to compare)";
    }
    if (own.size() == 1) {
      return format.apply(own.firstEntry().getValue()) + ", " + times(ratios.get(0));
    }
    return times(median(ratios)) + " [" + String.format("%.2f..%.2f", min(ratios), max(ratios)) + "]";
  }

  @Override
  public List<String> incomplete(List<String> contenders) {
    List<String> missing = new ArrayList<>();
    for (String c : contenders) {
      if (failures.containsKey(c)) {
        missing.add(c + ": " + label + ": " + failures.get(c));
      } else if (!values.containsKey(c)) {
        missing.add(c + ": " + label + ": not measured");
      }
    }
    return missing;
  }

  static String times(double ratio) {
    return String.format("%.2f×", ratio);
  }

  static double median(List<Double> v) {
    List<Double> sorted = new ArrayList<>(v);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double min(List<Double> v) {
    return Collections.min(v);
  }

  private static double max(List<Double> v) {
    return Collections.max(v);
  }

  static String opsPerSecond(double v) {
    return String.format("%,.0f ops/s", v);
  }

  static String bytes(double v) {
    if (v < 10_000) {
      return String.format("%,.0f B", v);
    }
    if (v < 1024 * 1024) {
      return String.format("%.1f KiB", v / 1024);
    }
    return String.format("%.2f MiB", v / (1024 * 1024));
  }

  static String millis(double nanos) {
    double ms = nanos / 1e6;
    return ms < 100 ? String.format("%.1f ms", ms) : String.format("%,.0f ms", ms);
  }

  static String count(double v) {
    return String.format("%,.0f", v);
  }
}
