package io.modelsdk.choreo;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What to list: the models of some owners only. The gateway takes no query parameters, so the filter is
 * applied by the SDK to the answer, in every calling mode (typed, raw, streaming, sync and async).
 *
 * <pre>{@code
 * Page<ChoreoModel> page = choreo.models().list(
 *     ChoreoModelListParams.builder().ownedBy("openai", "anthropic").build());
 * }</pre>
 *
 * <p>Owners compare without regard to case ({@code OpenAI} matches {@code openai}). A model without
 * {@code owned_by} matches no filter. Providers the gateway has no key for are silently absent from its
 * list, so a filter on such an owner answers an empty page, not an error.
 */
@Value.Immutable(builder = false)
public abstract class ChoreoModelListParams {
  ChoreoModelListParams() {}

  /** No filter: every model the gateway lists. */
  public static ChoreoModelListParams none() {
    return builder().build();
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these owners, to add more to. */
  public Builder toBuilder() {
    return builder().ownedBy(ownedBy().toArray(new String[0]));
  }

  /** The owners to keep, in lower case; empty means every owner. */
  @Value.Parameter
  public abstract Set<String> ownedBy();

  /** True if {@code model} passes the filter. */
  public boolean matches(ChoreoModel model) {
    return ownedBy().isEmpty()
        || model.ownedBy().map(o -> ownedBy().contains(o.toLowerCase(Locale.ROOT))).orElse(false);
  }

  /**
   * Builds {@link ChoreoModelListParams}; each setter checks its arguments at once. Hand-written rather
   * than generated, so that owners can be added only trimmed and lower-cased, and a blank one fails at once.
   */
  public static final class Builder {
    private final Set<String> ownedBy = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Keeps the models of these owners (added to any set before), such as {@code "openai"}.
     *
     * @throws IllegalArgumentException if an owner is blank
     */
    public Builder ownedBy(String... owners) {
      Objects.requireNonNull(owners, "owners == null");
      for (String owner : owners) {
        Objects.requireNonNull(owner, "owner == null");
        if (owner.trim().isEmpty()) {
          throw new IllegalArgumentException("owner must not be blank");
        }
        ownedBy.add(owner.trim().toLowerCase(Locale.ROOT));
      }
      return this;
    }

    /** Builds the parameters. */
    public ChoreoModelListParams build() {
      return ImmutableChoreoModelListParams.of(ownedBy);
    }
  }
}
