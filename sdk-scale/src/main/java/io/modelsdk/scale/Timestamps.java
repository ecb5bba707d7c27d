package io.modelsdk.scale;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the ISO 8601 times Scale sends: with an offset, or (as Python writes naive datetimes) without. */
final class Timestamps {
  private Timestamps() {}

  /** The instant {@code text} names, or empty if it is not an ISO 8601 date-time. */
  static Optional<Instant> parse(String text) {
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
