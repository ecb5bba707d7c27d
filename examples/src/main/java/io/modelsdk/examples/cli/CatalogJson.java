package io.modelsdk.examples.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.modelsdk.catalog.CatalogEntry;
import io.modelsdk.catalog.CatalogSnapshot;
import io.modelsdk.catalog.ModelOffer;
import io.modelsdk.catalog.SkippedVendor;
import io.modelsdk.catalog.VendorListing;
import io.modelsdk.core.Model;
import io.modelsdk.examples.Examples;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of {@code catalog --json} ({@link Catalog}: the merged view, each vendor's listing or error,
 * the vendors left out) and of {@code find --json} (an array of {@link Offer}: each vendor with its own
 * JSON of the model).
 */
final class CatalogJson {
  private CatalogJson() {}

  /** The whole listing; {@code elapsed_ms} is its wall time. */
  record Catalog(List<Entry> models, List<Listing> vendors, List<Skipped> skipped,
      @JsonProperty("elapsed_ms") long elapsedMs) {}

  /** One model id and the vendors that list it; {@code owned_by} from the first vendor that says. */
  record Entry(String id, List<String> vendors, @JsonProperty("owned_by") Optional<String> ownedBy) {}

  /** One vendor's listing: how many models, or its error on one line. */
  record Listing(String vendor, Optional<Integer> models, Optional<String> error,
      @JsonProperty("elapsed_ms") long elapsedMs) {}

  /** A vendor left out, and why. */
  record Skipped(String vendor, String reason) {}

  /** A vendor listing the model, and the model as that vendor's JSON. */
  record Offer(String vendor, Model model) {}

  static Catalog of(CatalogSnapshot snapshot, List<SkippedVendor> skipped) {
    return new Catalog(
        snapshot.entries().stream().map(CatalogJson::entry).toList(),
        snapshot.listings().stream().map(CatalogJson::listing).toList(),
        skipped.stream().map(s -> new Skipped(s.vendor(), s.reason())).toList(),
        snapshot.wallTime().toMillis());
  }

  static List<Offer> of(List<ModelOffer> offers) {
    return offers.stream().map(o -> new Offer(o.vendor(), o.model())).toList();
  }

  private static Entry entry(CatalogEntry e) {
    return new Entry(e.id(), e.vendors(), e.ownedBy());
  }

  private static Listing listing(VendorListing l) {
    return new Listing(l.vendor(), l.isUp() ? Optional.of(l.models().size()) : Optional.empty(),
        l.failure().map(Examples::describe), l.elapsed().toMillis());
  }
}
