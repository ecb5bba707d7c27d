package io.modelsdk.scale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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
public final class ScaleModelListParams {
  /** The largest page size Scale accepts. */
  public static final int MAX_LIMIT = 10_000;

  private static final ScaleModelListParams DEFAULTS = builder().build();

  private final Integer page;
  private final Integer limit;
  private final List<ScaleModelView> views;
  private final List<ScaleModelSortBy> sortBy;
  private final String modelGroupId;
  private final ScaleModelType modelType;
  private final String accountId;

  private ScaleModelListParams(Builder b) {
    this.page = b.page;
    this.limit = b.limit;
    this.views = Collections.unmodifiableList(new ArrayList<>(b.views));
    this.sortBy = Collections.unmodifiableList(new ArrayList<>(b.sortBy));
    this.modelGroupId = b.modelGroupId;
    this.modelType = b.modelType;
    this.accountId = b.accountId;
  }

  /** Returns a builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The parameters of a plain {@code list()}: nothing set. */
  public static ScaleModelListParams defaults() {
    return DEFAULTS;
  }

  /** A builder holding these parameters. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.page = page;
    b.limit = limit;
    b.views.addAll(views);
    b.sortBy.addAll(sortBy);
    b.modelGroupId = modelGroupId;
    b.modelType = modelType;
    b.accountId = accountId;
    return b;
  }

  /** The page number, from 1; the server starts at 1 when unset. */
  public OptionalInt page() {
    return page == null ? OptionalInt.empty() : OptionalInt.of(page);
  }

  /** The page size; the server sends 100 when unset. */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** The views to embed, sent comma-joined as {@code view}. */
  public List<ScaleModelView> views() {
    return views;
  }

  /** The sort keys, sent comma-joined as {@code sort_by}. */
  public List<ScaleModelSortBy> sortBy() {
    return sortBy;
  }

  /** Only models of this group. */
  public Optional<String> modelGroupId() {
    return Optional.ofNullable(modelGroupId);
  }

  /** Only models of this type. */
  public Optional<ScaleModelType> modelType() {
    return Optional.ofNullable(modelType);
  }

  /** Only models of this account. */
  public Optional<String> accountId() {
    return Optional.ofNullable(accountId);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ScaleModelListParams)) {
      return false;
    }
    ScaleModelListParams that = (ScaleModelListParams) o;
    return Objects.equals(page, that.page) && Objects.equals(limit, that.limit) && views.equals(that.views)
        && sortBy.equals(that.sortBy) && Objects.equals(modelGroupId, that.modelGroupId)
        && Objects.equals(modelType, that.modelType) && Objects.equals(accountId, that.accountId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(page, limit, views, sortBy, modelGroupId, modelType, accountId);
  }

  @Override
  public String toString() {
    return "ScaleModelListParams{page=" + page + ", limit=" + limit + ", views=" + views + ", sortBy=" + sortBy
        + ", modelGroupId=" + modelGroupId + ", modelType=" + modelType + ", accountId=" + accountId + "}";
  }

  /** Builds {@link ScaleModelListParams}; each setter checks its value at once. */
  public static final class Builder {
    private Integer page;
    private Integer limit;
    private final List<ScaleModelView> views = new ArrayList<>();
    private final List<ScaleModelSortBy> sortBy = new ArrayList<>();
    private String modelGroupId;
    private ScaleModelType modelType;
    private String accountId;

    private Builder() {}

    /**
     * The page number.
     *
     * @throws IllegalArgumentException if {@code page < 1}
     */
    public Builder page(int page) {
      if (page < 1) {
        throw new IllegalArgumentException("page must be >= 1: " + page);
      }
      this.page = page;
      return this;
    }

    /**
     * The page size.
     *
     * @throws IllegalArgumentException unless {@code 1 <= limit <= 10,000}
     */
    public Builder limit(int limit) {
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
      }
      this.limit = limit;
      return this;
    }

    /** Adds a view. */
    public Builder addView(ScaleModelView view) {
      views.add(Objects.requireNonNull(view, "view == null"));
      return this;
    }

    /** Replaces the views. */
    public Builder views(List<ScaleModelView> views) {
      Objects.requireNonNull(views, "views == null");
      this.views.clear();
      views.forEach(this::addView);
      return this;
    }

    /** Adds a sort key, after those already added. */
    public Builder addSortBy(ScaleModelSortBy key) {
      sortBy.add(Objects.requireNonNull(key, "sortBy == null"));
      return this;
    }

    /** Replaces the sort keys. */
    public Builder sortBy(List<ScaleModelSortBy> keys) {
      Objects.requireNonNull(keys, "sortBy == null");
      this.sortBy.clear();
      keys.forEach(this::addSortBy);
      return this;
    }

    /** Only models of this group. */
    public Builder modelGroupId(String modelGroupId) {
      this.modelGroupId = Checks.nonBlank(modelGroupId, "modelGroupId");
      return this;
    }

    /** Only models of this type. */
    public Builder modelType(ScaleModelType modelType) {
      this.modelType = Objects.requireNonNull(modelType, "modelType == null");
      return this;
    }

    /** Only models of this account. */
    public Builder accountId(String accountId) {
      this.accountId = Checks.nonBlank(accountId, "accountId");
      return this;
    }

    /** Builds the parameters. */
    public ScaleModelListParams build() {
      return new ScaleModelListParams(this);
    }
  }
}
