package io.modelsdk.examples.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints rows as an aligned table with the columns {@code ok | mode | call | result | ms}, or other columns. */
final class Table {
  private static final int MAX_CALL = 46;
  private static final int MAX_RESULT = 92;
  private static final String[] HEADER = {"", "mode", "call", "result", "ms"};

  private Table() {}

  /** Prints {@code title}, the rows, then {@code footer}, such as what the client's listener counted. */
  static void print(PrintStream out, String title, List<Row> rows, String footer) {
    List<String[]> cells = new ArrayList<>();
    for (Row r : rows) {
      cells.add(new String[] {r.ok() ? "ok" : "FAIL", r.mode(), clip(r.call(), MAX_CALL),
          clip(r.result(), MAX_RESULT), Long.toString(r.millis())});
    }
    out.println(title);
    print(out, HEADER, cells, true);
    out.println("  " + footer);
    out.println();
  }

  /**
   * Prints {@code header} and {@code rows} in aligned columns, with a rule under the header; the last
   * column aligned right if {@code numbersLast}.
   */
  static void print(PrintStream out, String[] header, List<String[]> rows, boolean numbersLast) {
    List<String[]> cells = new ArrayList<>();
    cells.add(header);
    for (String[] row : rows) {
      String[] clipped = new String[row.length];
      for (int c = 0; c < row.length; c++) {
        clipped[c] = clip(row[c], MAX_RESULT);
      }
      cells.add(clipped);
    }
    int[] widths = new int[header.length];
    for (String[] line : cells) {
      for (int c = 0; c < line.length; c++) {
        widths[c] = Math.max(widths[c], line[c].length());
      }
    }
    printLine(out, header, widths, numbersLast);
    StringBuilder rule = new StringBuilder("  ");
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
    }
    out.println(rule);
    for (int i = 1; i < cells.size(); i++) {
      printLine(out, cells.get(i), widths, numbersLast);
    }
  }

  private static void printLine(PrintStream out, String[] line, int[] widths, boolean numbersLast) {
    StringBuilder b = new StringBuilder("  ");
    for (int c = 0; c < line.length; c++) {
      b.append(c == 0 ? "" : " | ");
      String cell = line[c];
      boolean right = numbersLast && c == line.length - 1;
      String pad = " ".repeat(widths[c] - cell.length());
      b.append(right ? pad + cell : cell + pad);
    }
    out.println(b.toString().stripTrailing());
  }

  private static String clip(String text, int max) {
    String oneLine = String.valueOf(text).replace('\n', ' ');
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 3) + "...";
  }
}
