package io.modelsdk.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loading the payload files vendor modules keep under {@code src/test/resources/<vendor>/}. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * The UTF-8 text of the classpath resource {@code path}, looked up from {@code anchor}.
   *
   * @throws IllegalArgumentException if there is no such resource
   */
  public static String resource(Class<?> anchor, String path) {
    try (InputStream in = anchor.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
