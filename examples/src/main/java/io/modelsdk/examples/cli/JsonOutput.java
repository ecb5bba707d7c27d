package io.modelsdk.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.core.spi.SdkJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Writes the vendors' values as JSON, with the field names and shapes each vendor uses (the model
 * types carry their own Jackson annotations, unknown fields included).
 *
 * <p>The mapper is the SDK's own (Jdk8 and JavaTime modules, dates as text, absent optionals left
 * out), plus indentation: values are pretty-printed, {@code "name": value} and one array item
 * per line, as {@code jq} prints them.
 */
final class JsonOutput {
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
  /** The SDK's own mapper, so the CLI writes a value exactly as the SDK would. */
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  private JsonOutput() {}

  /** Prints {@code value} pretty, then a line break. */
  static void print(Object value, PrintWriter out) {
    try {
      out.println(MAPPER.writer(PRETTY).writeValueAsString(value));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} on one line. */
  static String compact(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints the items as one pretty JSON array, each item written (and flushed) as soon as it is read,
   * so a long list shows progress and is never held whole. If reading fails half-way the array is left
   * unterminated, which no JSON reader takes for a complete answer.
   */
  static void printArray(Iterable<?> items, PrintWriter out) {
    try {
      JsonGenerator g = MAPPER.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // not stdout
      g.setPrettyPrinter(PRETTY.createInstance());
      g.writeStartArray();
      for (Object item : items) {
        g.writeObject(item);
        g.flush();
      }
      g.writeEndArray();
      g.close();
      out.println();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
