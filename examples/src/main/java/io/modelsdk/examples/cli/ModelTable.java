package io.modelsdk.examples.cli;

import io.modelsdk.core.Model;
import io.modelsdk.root.RootModel;
import io.modelsdk.scale.ScaleModel;
import java.io.PrintWriter;
import java.time.Instant;

/**
 * The models as an aligned text table: {@code ID}, {@code NAME}, {@code OWNED BY} and {@code CREATED}
 * (ISO-8601 in UTC), with {@code -} where the vendor does not say. The same columns for every vendor and
 * for {@code list}, {@code get} and {@code create}.
 *
 * <p>{@code NAME} is there for the vendors whose ids are generated (Root Signals' UUIDs, Scale's
 * {@code mi_...}): without it a model just created on Root Signals, whose answer has neither owner nor
 * time, would show nothing the user gave. OpenAI, Atoma and ChoreoAI models are named by their id.
 */
final class ModelTable {
  private final TextTable table = new TextTable("ID", "NAME", "OWNED BY", "CREATED");

  /** Adds a row for {@code m}. */
  ModelTable add(Model m) {
    table.row(m.id(), name(m), ownedBy(m), created(m));
    return this;
  }

  /** Prints the header and the rows, each column as wide as its widest cell. */
  void print(PrintWriter out) {
    table.print(out);
  }

  /** The name of {@code m} where the vendor gives one apart from its id, or {@code -}. */
  static String name(Model m) {
    if (m instanceof RootModel) {
      return ((RootModel) m).name();
    }
    if (m instanceof ScaleModel) {
      return ((ScaleModel) m).name();
    }
    return "-";
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
