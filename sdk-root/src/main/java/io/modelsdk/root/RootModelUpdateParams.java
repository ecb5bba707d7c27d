package io.modelsdk.root;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The parameters of changing a custom Root Signals model ({@code PATCH /v1/models/{id}/}): only the
 * fields set here are sent, and only those change.
 *
 * <pre>{@code
 * RootModel rotated = root.models().update(id, RootModelUpdateParams.builder()
 *     .defaultKey(System.getenv("OPENAI_API_KEY")).build());
 * RootModel unbounded = root.models().update(id, RootModelUpdateParams.builder().clearMaxTokenCount().build());
 * }</pre>
 *
 * <p>Leaving a field out keeps its value; to remove the value of {@code default_key},
 * {@code max_token_count} or {@code url} (the fields Root Signals lets be null), clear it:
 * {@link Builder#clearDefaultKey()}, {@link Builder#clearMaxTokenCount()} and {@link Builder#clearUrl()}
 * send the field as an explicit JSON {@code null}.
 *
 * <p>{@code build()} checks what the API documents before anything is sent, with
 * {@link IllegalArgumentException}, as {@link RootModelCreateParams} does: {@code name} 1 to 100
 * characters, {@code max_output_token_count} at least 800, {@code max_token_count} not negative,
 * {@code url} at most 1,024 characters, {@code model} and {@code default_key} not empty; and no field
 * both set and cleared. {@code default_key} is a secret: it goes into the request body only, never into
 * {@code toString()} or a message.
 *
 * <p>The SDK has no full replace: Root Signals' {@code PUT /v1/models/{id}/} takes the same fields with
 * {@code name} required and, like this {@code PATCH} (Django REST Framework), keeps the fields it is not
 * sent, so it changes nothing an update cannot.
 */
@Value.Immutable
public abstract class RootModelUpdateParams {
  RootModelUpdateParams() {}

  /** Returns an empty builder: an update that changes nothing until fields are set or cleared. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new name; 1 to 100 characters. */
  public abstract Optional<String> name();

  /** The new base model to call. */
  public abstract Optional<String> model();

  /** The new API key the model is called with; never shown. */
  @Value.Redacted
  public abstract Optional<String> defaultKey();

  /** The new most tokens the model may output; at least 800. */
  public abstract OptionalInt maxOutputTokenCount();

  /** The new most tokens the model processes; not negative. */
  public abstract OptionalInt maxTokenCount();

  /** The new endpoint of a self-hosted model; at most 1,024 characters. */
  public abstract Optional<String> url();

  /** The fields sent as {@code null}, which removes their values. */
  public abstract Set<Clearable> cleared();

  /** A builder holding these parameters, the key included. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    name().ifPresent(RootChecks::name);
    RootChecks.notEmpty("model", model());
    RootChecks.notEmpty("defaultKey", defaultKey());
    RootChecks.maxOutputTokenCount(maxOutputTokenCount());
    RootChecks.maxTokenCount(maxTokenCount());
    RootChecks.url(url());
    for (Clearable field : cleared()) {
      RootChecks.require(!isSet(field), field.property + " is both set and cleared");
    }
  }

  private boolean isSet(Clearable field) {
    switch (field) {
      case DEFAULT_KEY:
        return defaultKey().isPresent();
      case MAX_TOKEN_COUNT:
        return maxTokenCount().isPresent();
      default:
        return url().isPresent();
    }
  }

  /** The fields an update may clear: those Root Signals lets be {@code null}. */
  public enum Clearable {
    /** {@code default_key}: the model keeps no key of its own. */
    DEFAULT_KEY("default_key", "defaultKey"),
    /** {@code max_token_count}: the model has no token count of its own. */
    MAX_TOKEN_COUNT("max_token_count", "maxTokenCount"),
    /** {@code url}: the model has no endpoint of its own. */
    URL("url", "url");

    private final String wireName;
    final String property;

    Clearable(String wireName, String property) {
      this.wireName = wireName;
      this.property = property;
    }

    /** The field's JSON name, such as {@code default_key}. */
    public String wireName() {
      return wireName;
    }
  }

  /**
   * Builds {@link RootModelUpdateParams}; every field is optional, and {@code build()} checks the values
   * before any I/O.
   */
  public static final class Builder extends ImmutableRootModelUpdateParams.Builder {
    Builder() {}

    /** Sends {@code default_key} as {@code null}, removing the key stored with the model. */
    public Builder clearDefaultKey() {
      return addCleared(Clearable.DEFAULT_KEY);
    }

    /** Sends {@code max_token_count} as {@code null}, removing the model's token count. */
    public Builder clearMaxTokenCount() {
      return addCleared(Clearable.MAX_TOKEN_COUNT);
    }

    /** Sends {@code url} as {@code null}, removing the model's endpoint. */
    public Builder clearUrl() {
      return addCleared(Clearable.URL);
    }
  }
}
