package io.modelsdk.scale;

import io.modelsdk.core.spi.WireValue;

/**
 * A related object to embed in each listed or retrieved model ({@code view}): its deployments or its
 * model group. Several views are sent comma-joined.
 *
 * <pre>{@code
 * ScaleModelListParams p = ScaleModelListParams.builder()
 *     .addView(ScaleModelView.DEPLOYMENTS).addView(ScaleModelView.MODEL_GROUP).build();
 * }</pre>
 *
 * <p>A value class rather than an enum, so a view newer than this SDK can be asked for with {@link #of}.
 */
public final class ScaleModelView extends WireValue {
  /** {@code Deployments}: fills {@link ScaleModel#deployments()}. */
  public static final ScaleModelView DEPLOYMENTS = new ScaleModelView("Deployments");

  /** {@code ModelGroup}: fills {@link ScaleModel#modelGroup()}. */
  public static final ScaleModelView MODEL_GROUP = new ScaleModelView("ModelGroup");

  private ScaleModelView(String value) {
    super(value);
  }

  /**
   * The view named {@code value}, known or not.
   *
   * @throws IllegalArgumentException if {@code value} is blank or holds a comma
   */
  public static ScaleModelView of(String value) {
    return new ScaleModelView(WireValue.checkQueryValue(value));
  }
}
