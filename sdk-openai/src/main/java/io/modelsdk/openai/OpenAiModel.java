package io.modelsdk.openai;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.core.Model;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * An OpenAI model: {@code id}, {@code object}, {@code created} (Unix seconds), {@code owned_by}, and
 * {@code shutdown_date} when a shutdown is announced. Fields this version does not know are kept in
 * {@link #additionalProperties()} and written back by Jackson.
 *
 * <pre>{@code
 * OpenAiModel m = client.models().retrieve("gpt-4o");
 * m.shutdownDate().ifPresent(d -> System.out.println(m.id() + " shuts down on " + d));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOpenAiModel.class)
@JsonDeserialize(builder = OpenAiModel.Builder.class)
public abstract class OpenAiModel implements Model {
  OpenAiModel() {}

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

  /**
   * When the model was created, in Unix seconds. OpenAI always sends it; some compatible servers (LM
   * Studio, for one) do not, and a missing value must not make their whole list unreadable.
   */
  @JsonProperty("created")
  public abstract OptionalLong created();

  /** The organization that owns the model; OpenAI always sends it, some compatible servers do not. */
  @JsonProperty("owned_by")
  @Override
  public abstract Optional<String> ownedBy();

  /** The date the model shuts down, when announced. */
  @JsonProperty("shutdown_date")
  public abstract Optional<LocalDate> shutdownDate();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Always {@code openai}. */
  @Override
  public String vendor() {
    return "openai";
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
   * Builds an {@link OpenAiModel}; {@code id} is required. Jackson reads JSON straight into it, which
   * allocates less than going through an intermediate object.
   */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableOpenAiModel.Builder {
    Builder() {}
  }
}
