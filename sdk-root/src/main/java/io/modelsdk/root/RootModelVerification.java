package io.modelsdk.root;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.core.spi.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What Root Signals answers to a verify ({@code ModelTestResponse}): whether the model answered the
 * test prompt, its answer or the error, and the tokens it used.
 *
 * <pre>{@code
 * RootModelVerification v = root.models().verify(params);
 * if (!v.success()) {
 *   System.out.println(v.model() + " failed: " + v.error().orElse("?"));
 * }
 * }</pre>
 *
 * <p>A model that fails the test is still a successful call (200) with {@code success()} false; only
 * a request Root Signals refuses throws. Fields this version does not know are kept in
 * {@link #additionalProperties()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRootModelVerification.class)
@JsonDeserialize(builder = RootModelVerification.Builder.class)
public abstract class RootModelVerification {
  RootModelVerification() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the model answered the test prompt. */
  @JsonProperty("success")
  public abstract boolean success();

  /** The model's answer, when it gave one. */
  @JsonProperty("response")
  public abstract Optional<String> response();

  /** Why the test failed, when it did. */
  @JsonProperty("error")
  public abstract Optional<String> error();

  /** The model that was tested. */
  @JsonProperty("model")
  public abstract String model();

  /** The tokens the test used, as the model's provider counts them, when Root Signals says. */
  @JsonProperty("usage")
  public abstract Optional<Map<String, Object>> usage();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /**
   * Builds a {@link RootModelVerification}; {@code success} and {@code model} are required. Jackson
   * reads JSON straight into it.
   */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableRootModelVerification.Builder {
    Builder() {}
  }
}
