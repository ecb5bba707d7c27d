package io.modelsdk.scale;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The parameters of retrieving one model: the views to embed, sent comma-joined as {@code view}.
 *
 * <pre>{@code
 * ScaleModel m = scale.models().retrieve("model-id", ScaleModelRetrieveParams.builder()
 *     .addView(ScaleModelView.DEPLOYMENTS).addView(ScaleModelView.MODEL_GROUP).build());
 * }</pre>
 */
@Value.Immutable
public abstract class ScaleModelRetrieveParams {
  ScaleModelRetrieveParams() {}

  /** Returns a builder with no views. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these parameters. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The views to embed. */
  public abstract List<ScaleModelView> views();

  /** Builds {@link ScaleModelRetrieveParams}. */
  public static final class Builder extends ImmutableScaleModelRetrieveParams.Builder {
    Builder() {}

    /** Adds a view. */
    public Builder addView(ScaleModelView view) {
      return addViews(Objects.requireNonNull(view, "view == null"));
    }
  }
}
