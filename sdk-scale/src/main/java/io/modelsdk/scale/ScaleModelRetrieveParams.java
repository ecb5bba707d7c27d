package io.modelsdk.scale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of retrieving one model: the views to embed, sent comma-joined as {@code view}.
 *
 * <pre>{@code
 * ScaleModel m = scale.models().retrieve("model-id", ScaleModelRetrieveParams.builder()
 *     .addView(ScaleModelView.DEPLOYMENTS).addView(ScaleModelView.MODEL_GROUP).build());
 * }</pre>
 */
public final class ScaleModelRetrieveParams {
  private final List<ScaleModelView> views;

  private ScaleModelRetrieveParams(Builder b) {
    this.views = Collections.unmodifiableList(new ArrayList<>(b.views));
  }

  /** Returns a builder with no views. */
  public static Builder builder() {
    return new Builder();
  }

  /** The views to embed. */
  public List<ScaleModelView> views() {
    return views;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScaleModelRetrieveParams && views.equals(((ScaleModelRetrieveParams) o).views);
  }

  @Override
  public int hashCode() {
    return views.hashCode();
  }

  @Override
  public String toString() {
    return "ScaleModelRetrieveParams{views=" + views + "}";
  }

  /** Builds {@link ScaleModelRetrieveParams}. */
  public static final class Builder {
    private final List<ScaleModelView> views = new ArrayList<>();

    private Builder() {}

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

    /** Builds the parameters. */
    public ScaleModelRetrieveParams build() {
      return new ScaleModelRetrieveParams(this);
    }
  }
}
