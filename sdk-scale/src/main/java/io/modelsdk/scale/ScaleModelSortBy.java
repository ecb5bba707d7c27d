package io.modelsdk.scale;

import io.modelsdk.core.spi.WireValue;

/**
 * One sort key of a model list ({@code sort_by}): a field and a direction, sent as {@code field:asc}
 * or {@code field:desc}. Several keys are sent comma-joined, the first one sorting first.
 *
 * <pre>{@code
 * ScaleModelListParams p = ScaleModelListParams.builder()
 *     .addSortBy(ScaleModelSortBy.CREATED_AT_DESC).addSortBy(ScaleModelSortBy.asc("display_name")).build();
 * }</pre>
 */
public final class ScaleModelSortBy extends WireValue {
  /** {@code name:asc}. */
  public static final ScaleModelSortBy NAME_ASC = asc("name");

  /** {@code name:desc}. */
  public static final ScaleModelSortBy NAME_DESC = desc("name");

  /** {@code created_at:asc}. */
  public static final ScaleModelSortBy CREATED_AT_ASC = asc("created_at");

  /** {@code created_at:desc}. */
  public static final ScaleModelSortBy CREATED_AT_DESC = desc("created_at");

  /** {@code display_name:asc}. */
  public static final ScaleModelSortBy DISPLAY_NAME_ASC = asc("display_name");

  /** {@code model_type:asc}. */
  public static final ScaleModelSortBy MODEL_TYPE_ASC = asc("model_type");

  /** {@code id:asc}. */
  public static final ScaleModelSortBy ID_ASC = asc("id");

  private ScaleModelSortBy(String value) {
    super(value);
  }

  /**
   * Ascending on {@code field}, such as {@code model_vendor}.
   *
   * @throws IllegalArgumentException if {@code field} is blank or holds a comma or colon
   */
  public static ScaleModelSortBy asc(String field) {
    return new ScaleModelSortBy(field(field) + ":asc");
  }

  /**
   * Descending on {@code field}.
   *
   * @throws IllegalArgumentException if {@code field} is blank or holds a comma or colon
   */
  public static ScaleModelSortBy desc(String field) {
    return new ScaleModelSortBy(field(field) + ":desc");
  }

  /**
   * The key as written on the wire, such as {@code deployment_count:desc}.
   *
   * @throws IllegalArgumentException if {@code value} is blank or holds a comma
   */
  public static ScaleModelSortBy of(String value) {
    return new ScaleModelSortBy(WireValue.checkQueryValue(value));
  }

  private static String field(String field) {
    WireValue.checkQueryValue(field);
    if (field.indexOf(':') >= 0) {
      throw new IllegalArgumentException("a sort field holds no ':': '" + field + "'");
    }
    return field;
  }
}
