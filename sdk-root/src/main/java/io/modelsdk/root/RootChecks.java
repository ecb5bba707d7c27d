package io.modelsdk.root;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The checks Root Signals' request schemas ({@code ModelRequest}, {@code PatchedModelRequest},
 * {@code ModelTestRequestRequest}) put on a model's fields, written once for the params types'
 * {@code build()}. Each throws {@link IllegalArgumentException} naming the field, never its value.
 */
final class RootChecks {
  private RootChecks() {}

  /** Throws {@link IllegalArgumentException} with {@code message} unless {@code ok}. */
  static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** A model's name: 1 to {@link RootModelCreateParams#MAX_NAME_LENGTH} characters. */
  static void name(String name) {
    int n = name.length();
    int most = RootModelCreateParams.MAX_NAME_LENGTH;
    require(n >= 1 && n <= most, "name must have 1 to " + most + " characters, has " + n);
  }

  /** A text field that, when given, must not be empty ({@code minLength: 1}); the message names only the field. */
  static void notEmpty(String field, Optional<String> value) {
    require(!value.filter(String::isEmpty).isPresent(), field + " must not be empty");
  }

  /** At least {@link RootModelCreateParams#MIN_OUTPUT_TOKENS}, when given. */
  static void maxOutputTokenCount(OptionalInt count) {
    int least = RootModelCreateParams.MIN_OUTPUT_TOKENS;
    int n = count.orElse(least);
    require(n >= least, "maxOutputTokenCount must be at least " + least + ": " + n);
  }

  /** Not negative, when given. */
  static void maxTokenCount(OptionalInt count) {
    int n = count.orElse(0);
    require(n >= 0, "maxTokenCount must not be negative: " + n);
  }

  /** At most {@link RootModelCreateParams#MAX_URL_LENGTH} characters, when given. */
  static void url(Optional<String> url) {
    int most = RootModelCreateParams.MAX_URL_LENGTH;
    int length = url.map(String::length).orElse(0);
    require(length <= most, "url must have at most " + most + " characters, has " + length);
  }
}
