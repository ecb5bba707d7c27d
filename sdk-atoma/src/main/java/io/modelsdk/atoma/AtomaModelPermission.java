package io.modelsdk.atoma;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One entry of a model's {@code permission} array, as the older Atoma proxies (2024-11 to 2025-01, and
 * self-hosted ones not upgraded since) send it: what the model may be used for. Every field is optional,
 * since no schema was ever published for it; unknown fields are kept in {@link #additionalProperties()}.
 *
 * <pre>{@code
 * for (AtomaModelPermission p : model.permission().orElse(Collections.emptyList())) {
 *   boolean sampling = p.allowSampling().orElse(false);
 * }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAtomaModelPermission.class)
@JsonDeserialize(builder = AtomaModelPermission.Builder.class)
public abstract class AtomaModelPermission {
  AtomaModelPermission() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** The permission's id, such as {@code modelperm-meta-llama/Llama-3.1-70B-Instruct}. */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /** The object type, {@code model_permission}. */
  @JsonProperty("object")
  public abstract Optional<String> object();

  /** When the permission was created, in Unix seconds. */
  @JsonProperty("created")
  public abstract OptionalLong created();

  /** Whether engines may be created from the model. */
  @JsonProperty("allow_create_engine")
  public abstract Optional<Boolean> allowCreateEngine();

  /** Whether the model may be sampled. */
  @JsonProperty("allow_sampling")
  public abstract Optional<Boolean> allowSampling();

  /** Whether log probabilities may be asked for. */
  @JsonProperty("allow_logprobs")
  public abstract Optional<Boolean> allowLogprobs();

  /** Whether search indices may be used. */
  @JsonProperty("allow_search_indices")
  public abstract Optional<Boolean> allowSearchIndices();

  /** Whether the model may be viewed. */
  @JsonProperty("allow_view")
  public abstract Optional<Boolean> allowView();

  /** Whether the model may be fine-tuned. */
  @JsonProperty("allow_fine_tuning")
  public abstract Optional<Boolean> allowFineTuning();

  /** The organization the permission applies to; {@code *} for all. */
  @JsonProperty("organization")
  public abstract Optional<String> organization();

  /** The group the permission applies to; absent when the proxy sends null. */
  @JsonProperty("group")
  public abstract Optional<String> group();

  /** Whether the permission blocks use. */
  @JsonProperty("is_blocking")
  public abstract Optional<Boolean> isBlocking();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds an {@link AtomaModelPermission}; nothing is required. Jackson reads JSON straight into it. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableAtomaModelPermission.Builder {
    Builder() {}
  }
}
