package io.modelsdk.scale;

import java.util.Objects;

/** The argument checks the builders of this package share. */
final class Checks {
  private Checks() {}

  /** {@code value}, if it is neither null nor blank; {@code name} says what it is in the message. */
  static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
