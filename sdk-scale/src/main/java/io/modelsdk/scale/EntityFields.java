package io.modelsdk.scale;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;

/** Who owns and made an entity (a model, a deployment, a model group) and when, declared once. */
interface EntityFields {
  /** The account that owns it. */
  @JsonProperty("account_id")
  Optional<String> accountId();

  /**
   * {@code created_at} exactly as sent (ISO 8601, with or without an offset); see {@link #createdAt()}
   * for it as an instant.
   */
  @JsonProperty("created_at")
  Optional<String> createdAtText();

  /** The user who created it. */
  @JsonProperty("created_by_user_id")
  Optional<String> createdByUserId();

  /** {@link #createdAtText()} as an instant; a time without an offset is taken as UTC. */
  default Optional<Instant> createdAt() {
    return createdAtText().flatMap(Timestamps::parse);
  }
}
