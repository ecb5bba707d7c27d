package io.modelsdk.examples.cli;

import io.modelsdk.examples.Vendor;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --vendor} (and {@code $MODELS_VENDOR}): a vendor's id or one of its aliases, ignoring
 * case, such as {@code root}, {@code rootsignals} or {@code Root-Signals}; offers the ids for completion.
 * The aliases are the names the vendors and the SDK call themselves ({@code rootsignals},
 * {@code choreoai}), those of the vendors' own tools ({@code sgp}, {@code scale-gp}), and hyphenated
 * spellings.
 */
public final class VendorConverter implements ITypeConverter<Vendor>, Iterable<String> {
  /** The names taken, as the help lists them; {@code ModelsCliTest} checks it against the table. */
  static final String NAMES = "openai, atoma, scale (or sgp, scale-gp), root (or rootsignals, root-signals),"
      + " choreo (or choreoai)";

  private static final Map<String, Vendor> NAMED = new LinkedHashMap<>();

  static {
    for (Vendor v : Vendor.values()) {
      NAMED.put(v.id(), v);
    }
    alias(Vendor.SCALE, "sgp", "scale-gp");
    alias(Vendor.ROOT, "rootsignals", "root-signals");
    alias(Vendor.CHOREO, "choreoai");
  }

  /** Creates the converter; picocli calls this. */
  public VendorConverter() {}

  private static void alias(Vendor vendor, String... aliases) {
    for (String alias : aliases) {
      NAMED.put(alias, vendor);
    }
  }

  @Override
  public Vendor convert(String value) {
    Vendor vendor = NAMED.get(value.trim().toLowerCase(Locale.ROOT));
    if (vendor == null) {
      throw new TypeConversionException("unknown vendor '" + value + "'; one of " + NAMES);
    }
    return vendor;
  }

  /** Every name taken, ids and aliases. */
  static Iterable<String> names() {
    return NAMED.keySet();
  }

  /** The vendor ids, {@code openai} first. */
  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(Vendor.values()).map(Vendor::id).iterator();
  }
}
