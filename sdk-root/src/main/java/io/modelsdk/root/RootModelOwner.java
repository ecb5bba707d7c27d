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
 * The user who owns a Root Signals model, as a list names it: {@code {"email", "full_name"}}.
 *
 * <pre>{@code
 * m.owner().flatMap(RootModelOwner::fullName).ifPresent(name -> System.out.println("owned by " + name));
 * }</pre>
 *
 * <p>The API documents both fields as required, but a user without a name (or an email, for a system
 * account) comes as {@code null}; both are optional here so that one such owner never makes a whole
 * page unreadable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRootModelOwner.class)
@JsonDeserialize(builder = RootModelOwner.Builder.class)
public abstract class RootModelOwner {
  RootModelOwner() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** The owner's email address, when Root Signals sends one. */
  @JsonProperty("email")
  public abstract Optional<String> email();

  /** The owner's full name, when Root Signals sends one. */
  @JsonProperty("full_name")
  public abstract Optional<String> fullName();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds a {@link RootModelOwner}; every field is optional. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableRootModelOwner.Builder {
    Builder() {}
  }
}
