package io.modelsdk.examples.cli;

import io.modelsdk.core.Model;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The models as an aligned text table: {@code ID}, {@code OWNED BY} and {@code CREATED} (ISO-8601 in
 * UTC), with {@code -} where the vendor does not say. Control characters a server sends are shown as
 * {@code ?}, so a model id cannot drive the terminal.
 */
final class ModelTable {
  private static final String[] HEADER = {"ID", "OWNED BY", "CREATED"};
  private static final String GAP = "  ";

  private final List<String[]> rows = new ArrayList<>();

  /** Adds a row for {@code m}. */
  ModelTable add(Model m) {
    rows.add(new String[] {
        printable(m.id()),
        printable(m.ownedBy().orElse("-")),
        m.createdAt().map(Instant::toString).orElse("-")});
    return this;
  }

  /** Prints the header and the rows, each column as wide as its widest cell. */
  void print(PrintWriter out) {
    int[] widths = new int[HEADER.length];
    for (int c = 0; c < HEADER.length; c++) {
      widths[c] = HEADER[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    line(out, HEADER, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
    out.flush();
  }

  private static void line(PrintWriter out, String[] cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      b.append(cells[c]);
      if (c < cells.length - 1) {
        b.append(" ".repeat(widths[c] - cells[c].length())).append(GAP);
      }
    }
    out.println(b);
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? '?' : c);
    }
    return b.toString();
  }
}
