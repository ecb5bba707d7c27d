package io.modelsdk.examples.cli;

import io.modelsdk.core.Model;
import java.io.PrintWriter;
import java.time.Instant;

/**
 * The models as an aligned text table: {@code ID}, {@code OWNED BY} and {@code CREATED} (ISO-8601 in
 * UTC), with {@code -} where the vendor does not say.
 */
final class ModelTable {
  private final TextTable table = new TextTable("ID", "OWNED BY", "CREATED");

  /** Adds a row for {@code m}. */
  ModelTable add(Model m) {
    table.row(m.id(), ownedBy(m), created(m));
    return this;
  }

  /** Prints the header and the rows, each column as wide as its widest cell. */
  void print(PrintWriter out) {
    table.print(out);
  }

  /** Who owns {@code m}, or {@code -}. */
  static String ownedBy(Model m) {
    return m.ownedBy().orElse("-");
  }

  /** When {@code m} was created, ISO-8601 in UTC, or {@code -}. */
  static String created(Model m) {
    return m.createdAt().map(Instant::toString).orElse("-");
  }
}
