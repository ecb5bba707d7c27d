package io.modelsdk.examples.cli;

import io.modelsdk.examples.Vendor;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --vendor} (and {@code $MODELS_VENDOR}) with {@link Vendor#of(String)}: a vendor's id or
 * one of its aliases ({@link Vendor#NAMES}), ignoring case; offers the vendor ids for help and completion.
 */
public final class VendorConverter implements ITypeConverter<Vendor>, Iterable<String> {
  /** Creates the converter; picocli calls this. */
  public VendorConverter() {}

  @Override
  public Vendor convert(String value) {
    try {
      return Vendor.of(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** The vendor ids, {@code openai} first. */
  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(Vendor.values()).map(Vendor::id).iterator();
  }
}
