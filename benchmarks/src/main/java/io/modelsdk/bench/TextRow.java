package io.modelsdk.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row whose cells are sentences, for figures measured once and described rather than compared. */
final class TextRow implements Row {
  private final String label;
  private final Map<String, String> cells = new LinkedHashMap<>();
  private final Map<String, String> failures = new LinkedHashMap<>();

  TextRow(String label) {
    this.label = label;
  }

  void set(String contender, String text) {
    cells.put(contender, text);
  }

  /** Records that part of this contender's figure failed; the cell still shows {@code text}. */
  void fail(String contender, String why) {
    failures.putIfAbsent(contender, why);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String cell(String contender) {
    return cells.getOrDefault(contender, "-");
  }

  @Override
  public List<String> incomplete(List<String> contenders) {
    List<String> missing = new ArrayList<>();
    for (String c : contenders) {
      if (failures.containsKey(c)) {
        missing.add(c + ": " + label + ": " + failures.get(c));
      } else if (!cells.containsKey(c)) {
        missing.add(c + ": " + label + ": not measured");
      }
    }
    return missing;
  }
}
