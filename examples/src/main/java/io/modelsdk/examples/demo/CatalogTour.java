package io.modelsdk.examples.demo;

import io.modelsdk.catalog.CatalogEntry;
import io.modelsdk.catalog.CatalogSnapshot;
import io.modelsdk.catalog.ModelCatalog;
import io.modelsdk.catalog.VendorListing;
import io.modelsdk.core.ModelsClient;
import io.modelsdk.core.errors.ApiTimeoutException;
import io.modelsdk.examples.Vendor;
import io.modelsdk.examples.VendorClient;
import io.modelsdk.examples.mock.SilentServer;
import io.modelsdk.examples.mock.VendorMock;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The five vendors in one {@link ModelCatalog}, listed at once, while one of them hangs: its client points
 * at a port that never answers, and its deadline ends its listing without holding back the others.
 * Prints a row per vendor (the hanging one is expected to time out), the catalog's wall time next to
 * the sum of the vendors' times, and the merged view of the models.
 */
final class CatalogTour {
  /** The vendor made to hang. */
  static final Vendor HANGING = Vendor.ATOMA;
  /** The hanging vendor's deadline; the others keep the catalog's default of 10 s. */
  static final Duration HANGING_DEADLINE = Duration.ofMillis(500);
  /** The most models the merged view prints. */
  static final int MAX_MODELS = 20;

  private static final String[] MODEL_HEADER = {"id", "vendors", "owned by"};

  private CatalogTour() {}

  /** Lists the catalog over {@code mock} and prints it; answers a row per vendor. */
  static List<Row> onMock(VendorMock mock, PrintStream out) {
    List<VendorClient> clients = new ArrayList<>();
    try (SilentServer silent = SilentServer.start()) {
      ModelCatalog.Builder builder = ModelCatalog.builder().deadline(HANGING.vendorName(), HANGING_DEADLINE);
      for (Vendor v : Vendor.values()) {
        VendorClient c = v.connect(v == HANGING ? silent.baseUrl() : mock.baseUrl(v), VendorMock.API_KEY,
            Demo.quickRetries());
        clients.add(c);
        builder.add(c.unwrap(ModelsClient.class));
      }
      try (ModelCatalog catalog = builder.build()) {
        return print(catalog.listAll(), out);
      }
    } finally {
      clients.forEach(VendorClient::close);
    }
  }

  private static List<Row> print(CatalogSnapshot snapshot, PrintStream out) {
    List<Row> rows = new ArrayList<>();
    long sum = 0;
    for (VendorListing l : snapshot.listings()) {
      rows.add(row(l));
      sum += l.elapsed().toMillis();
    }
    Table.print(out, "Model catalog  the five vendors in one ModelCatalog, listed at once; " + HANGING.vendorName()
        + "'s client points at a port that never answers (deadline " + HANGING_DEADLINE.toMillis() + " ms)", rows,
        "catalog: " + snapshot.listings().size() + " vendors in " + snapshot.wallTime().toMillis()
            + " ms (sum of vendors " + sum + " ms), " + snapshot.failures().size() + " failed");
    List<String[]> models = new ArrayList<>();
    for (CatalogEntry e : snapshot.entries()) {
      models.add(new String[] {e.id(), String.join(", ", e.vendors()), e.ownedBy().orElse("-")});
    }
    List<String> failed = snapshot.failures().stream().map(VendorListing::vendor).toList();
    printModels(out, models, snapshot.listings().size() - failed.size() + " of " + snapshot.listings().size()
        + " vendors" + (failed.isEmpty() ? "" : "; " + String.join(", ", failed) + " failed, so not listed"));
    return rows;
  }

  /** A vendor's row: ok if it listed, or if it is the hanging vendor and its deadline ended it. */
  private static Row row(VendorListing l) {
    boolean hanging = l.vendor().equals(HANGING.vendorName());
    String call = "list " + l.vendor() + (hanging ? " (never answers)" : "");
    String result = l.failure().map(Recorder::describe)
        .orElse(l.models().size() + " models" + (l.truncated() ? " (capped)" : ""));
    boolean ok = hanging ? l.failure().filter(ApiTimeoutException.class::isInstance).isPresent() : l.isUp();
    return new Row("catalog", call, result, l.elapsed().toMillis(), ok);
  }

  /**
   * Prints the merged view, {@code id | vendors | owned by}, at most {@link #MAX_MODELS} rows, then a
   * line counting them (and those left out) with {@code from}, where they came from.
   */
  static void printModels(PrintStream out, List<String[]> models, String from) {
    List<String[]> shown = models.subList(0, Math.min(models.size(), MAX_MODELS));
    Table.print(out, MODEL_HEADER, shown, false);
    int left = models.size() - shown.size();
    out.println("  " + models.size() + " models from " + from
        + (left == 0 ? "" : "; the first " + shown.size() + " shown, " + left + " left out"));
    out.println();
  }
}
