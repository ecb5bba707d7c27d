package io.modelsdk.scale;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Who owns and made an entity (a model, a deployment, a model group) and when, declared once. Every one
 * is optional: Scale marks them required, but a model whose answer lacks one is still worth reading.
 */
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

  /**
   * The kind of identity that created it: {@link ScaleIdentityType#USER} or
   * {@link ScaleIdentityType#SERVICE_ACCOUNT}; kinds newer than this SDK are kept.
   *
   * <p>Scale's API reference marks {@code created_by_identity_type} required on models, deployments and
   * model groups. It is read as optional all the same: the Python SDK (0.1.0a59) this module's shapes were
   * rebuilt from does not know the field, so older servers may not send it, and a missing value should
   * not make a list unreadable.
   */
  @JsonProperty("created_by_identity_type")
  Optional<ScaleIdentityType> createdByIdentityType();

  /** {@link #createdAtText()} as an instant; a time without an offset is taken as UTC. */
  default Optional<Instant> createdAt() {
    return createdAtText().flatMap(EntityFields::parseTime);
  }

  /**
   * The instant {@code text} names, or empty if it is not an ISO 8601 date-time: with an offset, or (as
   * Python writes naive datetimes) without.
   */
  static Optional<Instant> parseTime(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException withOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException naive) {
        return Optional.empty();
      }
    }
  }
}
