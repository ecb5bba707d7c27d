package io.modelsdk.choreo;

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
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A model the ChoreoAI gateway serves: the OpenAI-compatible {@code id}, {@code object},
 * {@code created} (Unix seconds) and {@code owned_by} (the provider, such as {@code openai} or
 * {@code anthropic}), and the {@code permission}, {@code root} and {@code parent} fields of its
 * documented payload when present. The gateway passes provider items through verbatim, so every field
 * but {@code id} may be missing, and fields this version does not know are kept in
 * {@link #additionalProperties()} and written back by Jackson.
 *
 * <pre>{@code
 * ChoreoModel m = choreo.models().retrieve("gpt-4");
 * System.out.println(m.id() + " from " + m.ownedBy().orElse("?"));
 * }</pre>
 *
 * <p>A JSON {@code null} (the documented {@code "parent": null}) reads as absent and is written back by
 * leaving the field out.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChoreoModel.class)
@JsonDeserialize(builder = ChoreoModel.Builder.class)
public abstract class ChoreoModel implements Model {
  ChoreoModel() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** The model identifier, as accepted by {@code retrieve}. */
  @JsonProperty("id")
  @Override
  public abstract String id();

  /** The object type, {@code model}. */
  @JsonProperty("object")
  @Value.Default
  public String object() {
    return "model";
  }

  /** When the provider says the model was created, in Unix seconds. */
  @JsonProperty("created")
  public abstract OptionalLong created();

  /** The provider that owns the model, such as {@code openai} or {@code anthropic}. */
  @JsonProperty("owned_by")
  @Override
  public abstract Optional<String> ownedBy();

  /** The OpenAI-style permission objects, as plain JSON values; documented as {@code []}. */
  @JsonProperty("permission")
  public abstract Optional<List<Object>> permission();

  /** The model this one derives from, or its own id; documented, not always sent. */
  @JsonProperty("root")
  public abstract Optional<String> root();

  /** The parent model, when there is one; documented as {@code null}. */
  @JsonProperty("parent")
  public abstract Optional<String> parent();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Always {@code choreoai}: the gateway served it, whichever provider owns it. */
  @Override
  public String vendor() {
    return "choreoai";
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

  /** Builds a {@link ChoreoModel}; {@code id} is required. Jackson reads JSON straight into it. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableChoreoModel.Builder {
    Builder() {}
  }
}
