package io.modelsdk.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table: a header, then rows, each column as wide as its widest cell and two spaces
 * apart. Control characters a server sends are shown as {@code ?}, so a cell cannot drive the terminal.
 */
final class TextTable {
  private static final String GAP = "  ";

  private final String[] header;
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = header.clone();
  }

  /** Adds a row of as many cells as the header has. */
  TextTable row(String... cells) {
    if (cells.length != header.length) {
      throw new IllegalArgumentException("expected " + header.length + " cells, got " + cells.length);
    }
    String[] row = new String[cells.length];
    for (int c = 0; c < cells.length; c++) {
      row[c] = printable(cells[c]);
    }
    rows.add(row);
    return this;
  }

  /** Prints the header and the rows. */
  void print(PrintWriter out) {
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = header[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    line(out, header, widths);
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
