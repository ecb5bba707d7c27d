package io.modelsdk.root;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The provider of a Root Signals model, as a list names it: {@code id}, {@code name}, and optionally
 * {@code logo_light}, {@code logo_dark} and {@code is_gdpr_compliant}.
 *
 * <pre>{@code
 * m.provider().flatMap(RootModelProvider::gdprCompliant).ifPresent(ok -> ...);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRootModelProvider.class)
@JsonDeserialize(builder = RootModelProvider.Builder.class)
public abstract class RootModelProvider {
  RootModelProvider() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** The provider's id. */
  @JsonProperty("id")
  public abstract String id();

  /** The provider's name, such as {@code OpenAI}. */
  @JsonProperty("name")
  public abstract String name();

  /** The URL of the provider's logo for light backgrounds. */
  @JsonProperty("logo_light")
  public abstract Optional<String> logoLight();

  /** The URL of the provider's logo for dark backgrounds. */
  @JsonProperty("logo_dark")
  public abstract Optional<String> logoDark();

  /** Whether the provider is GDPR compliant, when Root Signals says. */
  @JsonProperty("is_gdpr_compliant")
  public abstract Optional<Boolean> gdprCompliant();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds a {@link RootModelProvider}; {@code id} and {@code name} are required. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableRootModelProvider.Builder {
    Builder() {}
  }
}
