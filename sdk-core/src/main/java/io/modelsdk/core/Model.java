package io.modelsdk.core;

import java.time.Instant;
import java.util.Optional;

/**
 * The view every vendor's model type offers, so code can handle models from several vendors alike.
 *
 * <p>Each vendor module has a richer type ({@code OpenAiModel}, {@code ScaleModel} ...) implementing it.
 */
public interface Model {
  /** The model's id, as accepted by {@code retrieve}. */
  String id();

  /** The vendor that served the model, such as {@code openai}. */
  String vendor();

  /** Who owns the model, if the vendor says. */
  Optional<String> ownedBy();

  /** When the model was created, if the vendor says. */
  Optional<Instant> createdAt();
}
