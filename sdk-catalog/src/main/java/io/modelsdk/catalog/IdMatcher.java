package io.modelsdk.catalog;

import java.util.Locale;
import java.util.Objects;

/**
 * How the catalog decides that two vendors serve the same model: the key it files each model id under.
 * The default is {@link #exact()}: ids match only when they are equal. A normalisation is a choice the
 * caller makes, never a guess of the catalog's:
 *
 * <pre>{@code
 * // Atoma's "meta-llama/Llama-3.3-70B-Instruct" and a gateway's "Llama-3.3-70B-Instruct" as one model
 * ModelCatalog catalog = ModelCatalog.builder().add(atoma).add(choreo)
 *     .idMatcher(IdMatcher.lastSegment().andThen(IdMatcher.ignoringCase()))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface IdMatcher {
  /** The key {@code id} is filed under; ids with equal keys are one model. */
  String key(String id);

  /** This matcher, then {@code next} on its key. */
  default IdMatcher andThen(IdMatcher next) {
    Objects.requireNonNull(next, "next == null");
    return id -> next.key(key(id));
  }

  /** Ids match only when equal. */
  static IdMatcher exact() {
    return id -> id;
  }

  /**
   * The part after the last {@code /}: {@code meta-llama/Llama-3.3-70B-Instruct} and
   * {@code Llama-3.3-70B-Instruct} match, and so do {@code openai/gpt-4o} and {@code azure/gpt-4o}.
   */
  static IdMatcher lastSegment() {
    return id -> id.substring(id.lastIndexOf('/') + 1);
  }

  /** Ids that differ only in case match. */
  static IdMatcher ignoringCase() {
    return id -> id.toLowerCase(Locale.ROOT);
  }
}
