package io.modelsdk.catalog;

import io.modelsdk.core.Model;
import java.util.Objects;

/** A model as one vendor of the catalog lists it: the vendor's name in the catalog, and its model. */
public final class ModelOffer {
  private final String vendor;
  private final Model model;

  ModelOffer(String vendor, Model model) {
    this.vendor = Objects.requireNonNull(vendor, "vendor == null");
    this.model = Objects.requireNonNull(model, "model == null");
  }

  /** The vendor's name in the catalog, such as {@code openai}. */
  public String vendor() {
    return vendor;
  }

  /** The model as the vendor lists it; cast to the vendor's own type, or use {@link #model(Class)}. */
  public Model model() {
    return model;
  }

  /**
   * The model as the vendor's own type, such as {@code OpenAiModel}.
   *
   * @throws ClassCastException if the vendor's models are of another type
   */
  public <T extends Model> T model(Class<T> type) {
    return type.cast(model);
  }

  @Override
  public String toString() {
    return model.id() + " at " + vendor;
  }
}
