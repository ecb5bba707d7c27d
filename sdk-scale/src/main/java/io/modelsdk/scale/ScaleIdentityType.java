package io.modelsdk.scale;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.modelsdk.core.spi.WireValue;

/**
 * The kind of identity that created a Scale entity ({@code created_by_identity_type}): a person's
 * {@code user} account or a {@code service_account}.
 *
 * <p>A value class rather than an enum: a value this SDK version does not know is kept as it came, and
 * written back unchanged. The constants are the kinds this SDK version knows, each named as sent.
 *
 * <pre>{@code
 * boolean automated = model.createdByIdentityType().filter(ScaleIdentityType.SERVICE_ACCOUNT::equals).isPresent();
 * ScaleIdentityType future = ScaleIdentityType.of("something_new"); // kept as "something_new"
 * }</pre>
 */
public final class ScaleIdentityType extends WireValue {
  /** {@code user}: a person's account. */
  public static final ScaleIdentityType USER = new ScaleIdentityType("user");

  /** {@code service_account}: an account for software rather than a person. */
  public static final ScaleIdentityType SERVICE_ACCOUNT = new ScaleIdentityType("service_account");

  private ScaleIdentityType(String value) {
    super(value);
  }

  /** The value for {@code value}, known or not. */
  @JsonCreator
  public static ScaleIdentityType of(String value) {
    return new ScaleIdentityType(value);
  }
}
