package io.modelsdk.atoma;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.core.Model;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A model served by an Atoma proxy: {@code id}, {@code object}, {@code created} (Unix seconds) and
 * {@code owned_by}, as the published spec documents them. Older proxies (the 2024-11 payload, still
 * served by self-hosted ones) add {@code root}, {@code parent}, {@code max_model_len} and a
 * {@code permission} array; each is read when present and empty otherwise. Fields this version does not
 * know are kept in {@link #additionalProperties()} and written back by Jackson.
 *
 * <pre>{@code
 * AtomaModel m = atoma.models().retrieve("meta-llama/Llama-3.3-70B-Instruct");
 * m.maxModelLen().ifPresent(n -> System.out.println(m.id() + " takes " + n + " tokens"));
 * }</pre>
 *
 * <p>A JSON {@code null} (older proxies send {@code "parent": null}) reads as absent and is written back
 * by leaving the field out.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAtomaModel.class)
@JsonDeserialize(builder = AtomaModel.Builder.class)
public abstract class AtomaModel implements Model {
  AtomaModel() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** The model identifier, such as {@code meta-llama/Llama-3.3-70B-Instruct}. */
  @JsonProperty("id")
  @Override
  public abstract String id();

  /** The object type, {@code model}. */
  @JsonProperty("object")
  @Value.Default
  public String object() {
    return "model";
  }

  /** When the model was created, in Unix seconds; the spec requires it, a missing one is tolerated. */
  @JsonProperty("created")
  public abstract OptionalLong created();

  /** The organization that owns the model, {@code atoma} on Atoma's own proxy. */
  @JsonProperty("owned_by")
  @Override
  public abstract Optional<String> ownedBy();

  /** The model this one derives from (older proxies: the id itself). */
  @JsonProperty("root")
  public abstract Optional<String> root();

  /** The parent model (older proxies: always null, so absent). */
  @JsonProperty("parent")
  public abstract Optional<String> parent();

  /** The maximum context length in tokens (older proxies only; they sent a fixed 2048). */
  @JsonProperty("max_model_len")
  public abstract OptionalInt maxModelLen();

  /**
   * The model's permissions (older proxies only). Absent when the proxy sends no array, which is not
   * the same as an empty array.
   */
  @JsonProperty("permission")
  public abstract Optional<List<AtomaModelPermission>> permission();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Always {@code atoma}. */
  @Override
  public String vendor() {
    return "atoma";
  }

  /**
   * {@link #created()} as an instant; empty if it is absent or beyond the billion years an {@link Instant}
   * spans, a value no server means (and {@link #created()} still shows).
   */
  @Override
  public Optional<Instant> createdAt() {
    OptionalLong created = created();
    if (!created.isPresent() || created.getAsLong() < Instant.MIN.getEpochSecond()
        || created.getAsLong() > Instant.MAX.getEpochSecond()) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochSecond(created.getAsLong()));
  }

  /**
   * Builds an {@link AtomaModel}; {@code id} is required. Jackson reads JSON straight into it, which
   * allocates less than going through an intermediate object.
   */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableAtomaModel.Builder {
    Builder() {}
  }
}
