package io.modelsdk.catalog;

import io.modelsdk.core.Model;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one {@link ModelCatalog#listAll()} found: each vendor's listing or failure, the vendors left
 * out, and the merged view by model id. Immutable; lookups on it make no call.
 *
 * <pre>{@code
 * CatalogSnapshot all = catalog.listAll();
 * for (VendorListing v : all.listings()) {
 *   System.out.println(v);                       // "openai: 12 models in 48 ms", or its failure
 * }
 * for (CatalogEntry e : all.entries()) {
 *   System.out.println(e.id() + " " + e.vendors());
 * }
 * }</pre>
 */
public final class CatalogSnapshot {
  private final List<VendorListing> listings;
  private final List<SkippedVendor> skipped;
  private final IdMatcher matcher;
  private final Instant takenAt;
  private final Duration wallTime;
  private final Map<String, CatalogEntry> entries;

  CatalogSnapshot(List<VendorListing> listings, List<SkippedVendor> skipped, IdMatcher matcher, Instant takenAt,
      Duration wallTime) {
    this.listings = Collections.unmodifiableList(new ArrayList<>(listings));
    this.skipped = Collections.unmodifiableList(new ArrayList<>(skipped));
    this.matcher = matcher;
    this.takenAt = takenAt;
    this.wallTime = wallTime;
    this.entries = merge(this.listings, matcher);
  }

  private static Map<String, CatalogEntry> merge(List<VendorListing> listings, IdMatcher matcher) {
    Map<String, List<ModelOffer>> byKey = new TreeMap<>();
    for (VendorListing listing : listings) {
      for (Model m : listing.models()) {
        List<ModelOffer> offers = byKey.computeIfAbsent(matcher.key(m.id()), k -> new ArrayList<>());
        if (offers.stream().noneMatch(o -> o.vendor().equals(listing.vendor()))) {
          offers.add(new ModelOffer(listing.vendor(), m)); // a vendor's first model under a key stands for it
        }
      }
    }
    Map<String, CatalogEntry> entries = new LinkedHashMap<>();
    byKey.forEach((key, offers) -> entries.put(key, new CatalogEntry(key, offers)));
    return Collections.unmodifiableMap(entries);
  }

  /** Each vendor's listing, in the catalog's order, whether it answered or failed. */
  public List<VendorListing> listings() {
    return listings;
  }

  /** The listing of {@code vendor}; empty if the catalog has no such vendor. */
  public Optional<VendorListing> listing(String vendor) {
    return listings.stream().filter(l -> l.vendor().equals(vendor)).findFirst();
  }

  /** The listings that failed. */
  public List<VendorListing> failures() {
    List<VendorListing> failed = new ArrayList<>();
    listings.stream().filter(l -> !l.isUp()).forEach(failed::add);
    return failed;
  }

  /** The vendors found but left out (no key in the environment, a setting refused), and why. */
  public List<SkippedVendor> skipped() {
    return skipped;
  }

  /** The merged view: one entry per model id, sorted by id, with every vendor that lists it. */
  public List<CatalogEntry> entries() {
    return new ArrayList<>(entries.values());
  }

  /** The entry of {@code id}, matched as the catalog's {@link IdMatcher} says; empty if no vendor lists it. */
  public Optional<CatalogEntry> entry(String id) {
    return Optional.ofNullable(entries.get(matcher.key(id)));
  }

  /**
   * Which vendors list {@code id}: those named in {@code preference} first, in that order, then the
   * others in the catalog's order. Vendors whose listing failed list nothing.
   */
  public List<ModelOffer> find(String id, String... preference) {
    Optional<CatalogEntry> entry = entry(id);
    if (!entry.isPresent()) {
      return Collections.emptyList();
    }
    List<ModelOffer> ordered = new ArrayList<>();
    for (String vendor : preference) {
      entry.get().offer(vendor).filter(o -> !ordered.contains(o)).ifPresent(ordered::add);
    }
    entry.get().offers().stream().filter(o -> !ordered.contains(o)).forEach(ordered::add);
    return ordered;
  }

  /** True if some vendor that answered lists {@code id}. */
  public boolean isAvailable(String id) {
    return entry(id).isPresent();
  }

  /**
   * The first vendor of {@code order} that is up and lists {@code id}: where to send a call for the
   * model, falling back down the list. Only the vendors named are tried; empty if none has it.
   */
  public Optional<ModelOffer> firstAvailable(String id, String... order) {
    Optional<CatalogEntry> entry = entry(id);
    return Arrays.stream(order).map(v -> entry.flatMap(e -> e.offer(v))).filter(Optional::isPresent)
        .map(Optional::get).findFirst();
  }

  /** When the listing started. */
  public Instant takenAt() {
    return takenAt;
  }

  /** How long the whole listing took: about the slowest vendor's time, not the sum of all. */
  public Duration wallTime() {
    return wallTime;
  }

  @Override
  public String toString() {
    return "CatalogSnapshot{" + entries.size() + " models, " + listings + (skipped.isEmpty() ? "" : ", " + skipped)
        + "}";
  }
}
