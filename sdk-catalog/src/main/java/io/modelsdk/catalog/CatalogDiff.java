package io.modelsdk.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The models each vendor added and removed between two snapshots. A vendor that failed in either
 * snapshot cannot be compared (a failure is no evidence that its models went away) and is named in
 * {@link #notCompared()}; a vendor in only one snapshot, and up there, added or removed all its models.
 *
 * <pre>{@code
 * CatalogSnapshot before = catalog.listAll();
 * ...
 * CatalogDiff diff = CatalogDiff.between(before, catalog.refresh());
 * diff.added().forEach((vendor, ids) -> System.out.println(vendor + " added " + ids));
 * }</pre>
 */
public final class CatalogDiff {
  private final Map<String, Set<String>> added;
  private final Map<String, Set<String>> removed;
  private final Set<String> notCompared;

  private CatalogDiff(Map<String, Set<String>> added, Map<String, Set<String>> removed, Set<String> notCompared) {
    this.added = Collections.unmodifiableMap(added);
    this.removed = Collections.unmodifiableMap(removed);
    this.notCompared = Collections.unmodifiableSet(notCompared);
  }

  /** What changed from {@code previous} to {@code current}, per vendor. */
  public static CatalogDiff between(CatalogSnapshot previous, CatalogSnapshot current) {
    Set<String> vendors = new LinkedHashSet<>();
    previous.listings().forEach(l -> vendors.add(l.vendor()));
    current.listings().forEach(l -> vendors.add(l.vendor()));
    Map<String, Set<String>> added = new LinkedHashMap<>();
    Map<String, Set<String>> removed = new LinkedHashMap<>();
    Set<String> notCompared = new LinkedHashSet<>();
    for (String vendor : vendors) {
      Optional<VendorListing> before = previous.listing(vendor);
      Optional<VendorListing> after = current.listing(vendor);
      if (before.map(l -> !l.isUp()).orElse(false) || after.map(l -> !l.isUp()).orElse(false)) {
        notCompared.add(vendor);
        continue;
      }
      Set<String> was = ids(before);
      Set<String> is = ids(after);
      putIfAny(added, vendor, minus(is, was));
      putIfAny(removed, vendor, minus(was, is));
    }
    return new CatalogDiff(added, removed, notCompared);
  }

  /** The ids each vendor lists now and did not before; vendors without any are left out. */
  public Map<String, Set<String>> added() {
    return added;
  }

  /** The ids each vendor listed before and does not now; vendors without any are left out. */
  public Map<String, Set<String>> removed() {
    return removed;
  }

  /** The vendors whose listing failed in either snapshot, so that nothing is said of them. */
  public Set<String> notCompared() {
    return notCompared;
  }

  /** True if no vendor that could be compared added or removed a model. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }

  @Override
  public String toString() {
    return "CatalogDiff{added=" + added + ", removed=" + removed
        + (notCompared.isEmpty() ? "" : ", notCompared=" + notCompared) + "}";
  }

  private static Set<String> ids(Optional<VendorListing> listing) {
    Set<String> ids = new TreeSet<>();
    listing.ifPresent(l -> l.models().forEach(m -> ids.add(m.id())));
    return ids;
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static void putIfAny(Map<String, Set<String>> map, String vendor, Set<String> ids) {
    if (!ids.isEmpty()) {
      map.put(vendor, Collections.unmodifiableSet(ids));
    }
  }
}
