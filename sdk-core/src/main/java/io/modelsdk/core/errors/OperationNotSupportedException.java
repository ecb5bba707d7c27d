package io.modelsdk.core.errors;

import io.modelsdk.core.Operation;

/**
 * The vendor has no such operation, so the call was refused before any I/O.
 *
 * <p>Check {@code models().operations()} to learn what a vendor supports.
 */
public class OperationNotSupportedException extends UnsupportedOperationException {
  private static final long serialVersionUID = 1L;

  private final String vendor;
  private final Operation operation;

  /** Creates the exception naming the vendor and the operation it lacks. */
  public OperationNotSupportedException(String vendor, Operation operation) {
    super(vendor + " does not support the models operation '" + operation.wireName() + "'");
    this.vendor = vendor;
    this.operation = operation;
  }

  /** The vendor's name, such as {@code openai}. */
  public String vendor() {
    return vendor;
  }

  /** The operation the vendor lacks. */
  public Operation operation() {
    return operation;
  }
}
