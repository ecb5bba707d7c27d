package io.modelsdk.root;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The user who owns a Root Signals model, as a list names it: {@code {"email", "full_name"}}.
 *
 * <pre>{@code
 * m.owner().ifPresent(o -> System.out.println(o.fullName() + " <" + o.email() + ">"));
 * }</pre>
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

  /** The owner's email address. */
  @JsonProperty("email")
  public abstract String email();

  /** The owner's full name. */
  @JsonProperty("full_name")
  public abstract String fullName();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds a {@link RootModelOwner}; {@code email} and {@code full_name} are required. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableRootModelOwner.Builder {
    Builder() {}
  }
}
