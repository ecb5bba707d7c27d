package io.modelsdk.examples.demo;

import java.io.PrintStream;
import java.util.List;

/** Prints rows as an aligned table with the columns {@code ok | mode | call | result | ms}. */
final class Table {
  private static final int MAX_CALL = 46;
  private static final int MAX_RESULT = 92;
  private static final String[] HEADER = {"", "mode", "call", "result", "ms"};

  private Table() {}

  /** Prints {@code title}, then the rows, then what the client's listener counted. */
  static void print(PrintStream out, String title, List<Row> rows, String listened) {
    String[][] cells = new String[rows.size() + 1][];
    cells[0] = HEADER;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      cells[i + 1] = new String[] {r.ok() ? "ok" : "FAIL", r.mode(), clip(r.call(), MAX_CALL),
          clip(r.result(), MAX_RESULT), Long.toString(r.millis())};
    }
    int[] widths = new int[HEADER.length];
    for (String[] line : cells) {
      for (int c = 0; c < line.length; c++) {
        widths[c] = Math.max(widths[c], line[c].length());
      }
    }
    out.println(title);
    printLine(out, cells[0], widths);
    StringBuilder rule = new StringBuilder("  ");
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
    }
    out.println(rule);
    for (int i = 1; i < cells.length; i++) {
      printLine(out, cells[i], widths);
    }
    out.println("  listener: " + listened);
    out.println();
  }

  private static void printLine(PrintStream out, String[] line, int[] widths) {
    StringBuilder b = new StringBuilder("  ");
    for (int c = 0; c < line.length; c++) {
      b.append(c == 0 ? "" : " | ");
      String cell = line[c];
      boolean right = c == line.length - 1;
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
