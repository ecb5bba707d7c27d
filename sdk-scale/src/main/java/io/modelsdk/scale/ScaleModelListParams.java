package io.modelsdk.scale;

import java.util.List;
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
 * <p>{@code build()} checks the values ({@code page >= 1}, {@code 1 <= limit <= 10,000}, no blank id), so a
 * bad one fails with {@link IllegalArgumentException} before any request, as every params type of this
 * module does.
 */
@Value.Immutable
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
    return builder().from(this);
  }

  /** The page number, from 1; the server starts at 1 when unset. */
  public abstract OptionalInt page();

  /** The page size; the server sends 100 when unset. */
  public abstract OptionalInt limit();

  /** The views to embed, sent comma-joined as {@code view}. */
  public abstract List<ScaleModelView> views();

  /** The sort keys, sent comma-joined as {@code sort_by}, the first sorting first. */
  public abstract List<ScaleModelSortBy> sortBy();

  /** Only models of this group. */
  public abstract Optional<String> modelGroupId();

  /** Only models of this type. */
  public abstract Optional<ScaleModelType> modelType();

  /** Only models of this account. */
  public abstract Optional<String> accountId();

  @Value.Check
  void check() {
    if (page().isPresent() && page().getAsInt() < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + page().getAsInt());
    }
    if (limit().isPresent() && (limit().getAsInt() < 1 || limit().getAsInt() > MAX_LIMIT)) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit().getAsInt());
    }
    modelGroupId().ifPresent(id -> Checks.nonBlank(id, "modelGroupId"));
    accountId().ifPresent(id -> Checks.nonBlank(id, "accountId"));
  }

  /** Builds {@link ScaleModelListParams}; {@code build()} checks the values. */
  public static final class Builder extends ImmutableScaleModelListParams.Builder {
    Builder() {}

    /** Adds a view. */
    public Builder addView(ScaleModelView view) {
      addViews(view);
      return this;
    }
  }
}
