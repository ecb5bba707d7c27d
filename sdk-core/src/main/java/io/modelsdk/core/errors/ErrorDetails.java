package io.modelsdk.core.errors;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a vendor's error envelope said: message, code, type, param and validation errors, each absent
 * when the envelope did not carry it. A vendor module's error decoder builds one from the error body.
 */
public final class ErrorDetails {
  private static final ErrorDetails EMPTY = builder().build();

  private final String message;
  private final String code;
  private final String type;
  private final String param;
  private final List<ValidationError> validationErrors;

  private ErrorDetails(Builder b) {
    this.message = b.message;
    this.code = b.code;
    this.type = b.type;
    this.param = b.param;
    this.validationErrors = b.validationErrors;
  }

  /** Details that say nothing, for a body that could not be read. */
  public static ErrorDetails empty() {
    return EMPTY;
  }

  /** Returns a builder with every field absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** The vendor's human-readable message. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** The vendor's machine-readable code. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The vendor's error type or title. */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** The request parameter the vendor blamed. */
  public Optional<String> param() {
    return Optional.ofNullable(param);
  }

  /** Field-level validation errors, empty if none were listed. */
  public List<ValidationError> validationErrors() {
    return validationErrors;
  }

  @Override
  public String toString() {
    return "ErrorDetails{message=" + message + ", code=" + code + ", type=" + type + ", param=" + param
        + ", validationErrors=" + validationErrors + "}";
  }

  /** Builds {@link ErrorDetails}; every setter accepts null for "absent". */
  public static final class Builder {
    private String message;
    private String code;
    private String type;
    private String param;
    private List<ValidationError> validationErrors = Collections.emptyList();

    private Builder() {}

    /** Sets the message. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** Sets the code. */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /** Sets the type. */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /** Sets the param. */
    public Builder param(String param) {
      this.param = param;
      return this;
    }

    /** Sets the validation errors; null means none. */
    public Builder validationErrors(List<ValidationError> errors) {
      this.validationErrors = errors == null
          ? Collections.<ValidationError>emptyList()
          : Collections.unmodifiableList(new java.util.ArrayList<>(errors));
      return this;
    }

    /** Builds the details. */
    public ErrorDetails build() {
      return new ErrorDetails(this);
    }
  }
}
