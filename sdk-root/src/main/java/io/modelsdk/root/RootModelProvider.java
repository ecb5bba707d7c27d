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
 * The provider of a Root Signals model, as a list names it: {@code id}, {@code name},
 * {@code logo_light}, {@code logo_dark} and {@code is_gdpr_compliant}.
 *
 * <pre>{@code
 * String provider = m.provider().flatMap(RootModelProvider::name).orElse("custom");
 * m.provider().flatMap(RootModelProvider::gdprCompliant).ifPresent(ok -> ...);
 * }</pre>
 *
 * <p>Every field is optional: the API documents {@code id} and {@code name} as required, but a
 * {@code null} in any of them must not make a whole page unreadable. A model without a provider has
 * no {@code RootModelProvider} at all ({@link RootModel#provider()} is empty).
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

  /** The provider's id, such as {@code openai}, when Root Signals sends one. */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /** The provider's name, such as {@code OpenAI}, when Root Signals sends one. */
  @JsonProperty("name")
  public abstract Optional<String> name();

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

  /** Builds a {@link RootModelProvider}; every field is optional. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableRootModelProvider.Builder {
    Builder() {}
  }
}
