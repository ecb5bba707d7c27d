package io.modelsdk.root;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.core.Model;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A Root Signals model. Root Signals answers a list with its {@code ModelList} shape ({@code id},
 * {@code name}, {@code owner}, {@code provider}, {@code visibility}) and a retrieve or create with its
 * {@code Model} shape ({@code id}, {@code name}, {@code model}, {@code max_output_token_count},
 * {@code max_token_count}, {@code url}); this one type reads both, so every field beyond {@code id} and
 * {@code name} is optional. Fields this version does not know are kept in
 * {@link #additionalProperties()} and written back by Jackson.
 *
 * <pre>{@code
 * RootModel m = root.models().retrieve("3fa85f64-5717-4562-b3fc-2c963f66afa6");
 * m.maxOutputTokenCount().ifPresent(n -> System.out.println(m.name() + " answers up to " + n + " tokens"));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRootModel.class)
@JsonDeserialize(builder = RootModel.Builder.class)
public abstract class RootModel implements Model {
  RootModel() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** The model's UUID, as accepted by {@code retrieve} and {@code delete}. */
  @JsonProperty("id")
  @Override
  public abstract String id();

  /** The model's name, such as {@code gpt-4o} or {@code my-custom-gpt}. */
  @JsonProperty("name")
  public abstract String name();

  /** The base model name the custom model calls (retrieve and create only). */
  @JsonProperty("model")
  public abstract Optional<String> model();

  /** The most tokens the model may output (retrieve and create only); at least 800. */
  @JsonProperty("max_output_token_count")
  public abstract OptionalInt maxOutputTokenCount();

  /** The most tokens the model processes (retrieve and create only), when set. */
  @JsonProperty("max_token_count")
  public abstract OptionalInt maxTokenCount();

  /** The endpoint of a self-hosted model (retrieve and create only), when set. */
  @JsonProperty("url")
  public abstract Optional<String> url();

  /** The user who owns the model (list only). */
  @JsonProperty("owner")
  public abstract Optional<RootModelOwner> owner();

  /** The model's provider (list only), when it has one. */
  @JsonProperty("provider")
  public abstract Optional<RootModelProvider> provider();

  /**
   * Who may use the model (list only): {@code PUBLIC}, {@code PUBLIC_UNLISTED} or {@code PRIVATE}. A
   * string, so that a value added later does not make the list unreadable.
   */
  @JsonProperty("visibility")
  public abstract Optional<String> visibility();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Always {@code rootsignals}. */
  @Override
  public String vendor() {
    return "rootsignals";
  }

  /** The owner's email address, when the answer names an owner with one (lists do). */
  @Override
  public Optional<String> ownedBy() {
    return owner().flatMap(RootModelOwner::email);
  }

  /** Always empty: Root Signals sends no creation time. */
  @Override
  public Optional<Instant> createdAt() {
    return Optional.empty();
  }

  /**
   * Builds a {@link RootModel}; {@code id} and {@code name} are required. Jackson reads JSON straight
   * into it.
   */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableRootModel.Builder {
    Builder() {}
  }
}
