package io.modelsdk.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One model of the merged view, with every vendor that lists it. Its fields common to all vendors come
 * from the first vendor, in the catalog's order, that has them; each vendor's own typed model is
 * {@link #offer(String)}.
 */
public final class CatalogEntry {
  private final String key;
  private final List<ModelOffer> offers;

  CatalogEntry(String key, List<ModelOffer> offers) {
    this.key = key;
    this.offers = Collections.unmodifiableList(new ArrayList<>(offers));
  }

  /** The id the vendors' models are filed under: their id, unless the catalog has an {@link IdMatcher}. */
  public String id() {
    return key;
  }

  /** The vendors that list the model, in the catalog's order. */
  public List<String> vendors() {
    List<String> vendors = new ArrayList<>();
    offers.forEach(o -> vendors.add(o.vendor()));
    return vendors;
  }

  /** Each vendor's model, in the catalog's order. */
  public List<ModelOffer> offers() {
    return offers;
  }

  /** The model as {@code vendor} lists it; empty if that vendor does not. */
  public Optional<ModelOffer> offer(String vendor) {
    return offers.stream().filter(o -> o.vendor().equals(vendor)).findFirst();
  }

  /** Who owns the model, from the first vendor that says. */
  public Optional<String> ownedBy() {
    return offers.stream().map(o -> o.model().ownedBy()).filter(Optional::isPresent).map(Optional::get).findFirst();
  }

  /** When the model was created, from the first vendor that says. */
  public Optional<Instant> createdAt() {
    return offers.stream().map(o -> o.model().createdAt()).filter(Optional::isPresent).map(Optional::get)
        .findFirst();
  }

  @Override
  public String toString() {
    return key + " " + vendors();
  }
}
