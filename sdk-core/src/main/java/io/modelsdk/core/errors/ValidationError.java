package io.modelsdk.core.errors;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One field-level validation error, as FastAPI lists them in a 422's {@code detail[]}. */
public final class ValidationError {
  private final List<String> location;
  private final String message;
  private final String type;

  /** Creates the error; {@code location} is the path to the field, such as {@code [query, limit]}. */
  public ValidationError(List<String> location, String message, String type) {
    this.location = Collections.unmodifiableList(new java.util.ArrayList<>(location));
    this.message = Objects.requireNonNull(message, "message == null");
    this.type = type == null ? "" : type;
  }

  /** The path to the offending field, such as {@code [query, limit]}. */
  public List<String> location() {
    return location;
  }

  /** What is wrong with the field. */
  public String message() {
    return message;
  }

  /** The kind of error, such as {@code less_than_equal}; empty if not given. */
  public String type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValidationError)) {
      return false;
    }
    ValidationError that = (ValidationError) o;
    return location.equals(that.location) && message.equals(that.message) && type.equals(that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, message, type);
  }

  @Override
  public String toString() {
    return String.join(".", location) + ": " + message + (type.isEmpty() ? "" : " (" + type + ")");
  }
}
