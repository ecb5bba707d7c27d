package io.modelsdk.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, from a resource the build fills in. */
public final class SdkVersion {
  /** Such as {@code 0.1.0}; {@code unknown} if the resource is missing. */
  public static final String VERSION = load();

  private SdkVersion() {}

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("/io/modelsdk/core/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
