package io.modelsdk.scale;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The parameters of a model list: page number and size, views, sort keys and filters. Unset ones are
 * left out of the query, so the server's defaults apply (page 1, 100 per page).
 *
 * <pre>{@code
 * ScaleModelListParams params = ScaleModelListParams.builder()
 *     .limit(500)
 *     .addView(ScaleModelView.DEPLOYMENTS)
 *     .addSortBy(ScaleModelSortBy.CREATED_AT_DESC)
 *     .modelType(ScaleModelType.CHAT_COMPLETION)
 *     .build();
 * for (ScaleModel m : scale.models().list(params).autoPager()) { ... }
 * }</pre>
 *
 * <p>The builder checks each value as it is set ({@code page >= 1}, {@code 1 <= limit <= 10,000}), so
 * a bad one fails with {@link IllegalArgumentException} before any request.
 */
@Value.Immutable
// SdkStyle, except that Builder is not taken for the generated builder: it checks each value as it is set,
// which the generated builder's setters (final) cannot be made to do, so it wraps one instead.
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, overshadowImplementation = true,
    jdkOnly = true, allParameters = false, defaults = @Value.Immutable(copy = true), builder = "new",
    typeInnerBuilder = "NoInnerBuilder")
public abstract class ScaleModelListParams {
  /** The largest page size Scale accepts. */
  public static final int MAX_LIMIT = 10_000;

  ScaleModelListParams() {}

  /** Returns a builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The parameters of a plain {@code list()}: nothing set. */
  public static ScaleModelListParams defaults() {
    return builder().build();
  }

  /** A builder holding these parameters. */
  public Builder toBuilder() {
    Builder b = builder();
    b.values.from(this);
    return b;
  }

  /** The page number, from 1; the server starts at 1 when unset. */
  public abstract OptionalInt page();

  /** The page size; the server sends 100 when unset. */
  public abstract OptionalInt limit();

  /** The views to embed, sent comma-joined as {@code view}. */
  public abstract List<ScaleModelView> views();

  /** The sort keys, sent comma-joined as {@code sort_by}. */
  public abstract List<ScaleModelSortBy> sortBy();

  /** Only models of this group. */
  public abstract Optional<String> modelGroupId();

  /** Only models of this type. */
  public abstract Optional<ScaleModelType> modelType();

  /** Only models of this account. */
  public abstract Optional<String> accountId();

  private static int checkPage(int page) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + page);
    }
    return page;
  }

  private static int checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
    return limit;
  }

  /** Builds {@link ScaleModelListParams}; each setter checks its value at once. */
  public static final class Builder {
    private final ImmutableScaleModelListParams.Builder values = new ImmutableScaleModelListParams.Builder();

    Builder() {}

    /**
     * The page number.
     *
     * @throws IllegalArgumentException if {@code page < 1}
     */
    public Builder page(int page) {
      values.page(checkPage(page));
      return this;
    }

    /**
     * The page size.
     *
     * @throws IllegalArgumentException unless {@code 1 <= limit <= 10,000}
     */
    public Builder limit(int limit) {
      values.limit(checkLimit(limit));
      return this;
    }

    /** Adds a view. */
    public Builder addView(ScaleModelView view) {
      values.addViews(Objects.requireNonNull(view, "view == null"));
      return this;
    }

    /** Replaces the views. */
    public Builder views(List<ScaleModelView> views) {
      Objects.requireNonNull(views, "views == null");
      values.views(Collections.<ScaleModelView>emptyList());
      views.forEach(this::addView);
      return this;
    }

    /** Adds a sort key, after those already added. */
    public Builder addSortBy(ScaleModelSortBy key) {
      values.addSortBy(Objects.requireNonNull(key, "sortBy == null"));
      return this;
    }

    /** Replaces the sort keys. */
    public Builder sortBy(List<ScaleModelSortBy> keys) {
      Objects.requireNonNull(keys, "sortBy == null");
      values.sortBy(Collections.<ScaleModelSortBy>emptyList());
      keys.forEach(this::addSortBy);
      return this;
    }

    /** Only models of this group. */
    public Builder modelGroupId(String modelGroupId) {
      values.modelGroupId(Checks.nonBlank(modelGroupId, "modelGroupId"));
      return this;
    }

    /** Only models of this type. */
    public Builder modelType(ScaleModelType modelType) {
      values.modelType(Objects.requireNonNull(modelType, "modelType == null"));
      return this;
    }

    /** Only models of this account. */
    public Builder accountId(String accountId) {
      values.accountId(Checks.nonBlank(accountId, "accountId"));
      return this;
    }

    /** Builds the parameters. */
    public ScaleModelListParams build() {
      return values.build();
    }
  }
}
