package io.modelsdk.choreo;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
public final class ChoreoModelListParams {
  private static final ChoreoModelListParams NONE = new ChoreoModelListParams(Collections.<String>emptySet());

  private final Set<String> ownedBy;

  private ChoreoModelListParams(Set<String> ownedBy) {
    this.ownedBy = ownedBy;
  }

  /** No filter: every model the gateway lists. */
  public static ChoreoModelListParams none() {
    return NONE;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The owners to keep, in lower case; empty means every owner. */
  public Set<String> ownedBy() {
    return ownedBy;
  }

  /** True if {@code model} passes the filter. */
  public boolean matches(ChoreoModel model) {
    if (ownedBy.isEmpty()) {
      return true;
    }
    return model.ownedBy().map(o -> ownedBy.contains(o.toLowerCase(Locale.ROOT))).orElse(false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChoreoModelListParams && ((ChoreoModelListParams) o).ownedBy.equals(ownedBy);
  }

  @Override
  public int hashCode() {
    return ownedBy.hashCode();
  }

  @Override
  public String toString() {
    return "ChoreoModelListParams{ownedBy=" + ownedBy + "}";
  }

  /** Builds {@link ChoreoModelListParams}; each setter checks its arguments at once. */
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
      return ownedBy.isEmpty() ? NONE
          : new ChoreoModelListParams(Collections.unmodifiableSet(new LinkedHashSet<>(ownedBy)));
    }
  }
}
