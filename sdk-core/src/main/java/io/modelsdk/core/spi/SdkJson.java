package io.modelsdk.core.spi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.core.internal.Json;

/**
 * The JSON settings the SDK reads and writes vendor payloads with, for vendor modules' tests and for
 * tools that print models as the SDK sees them.
 */
public final class SdkJson {
  private SdkJson() {}

  /**
   * A new mapper configured as the SDK's own (unknown fields kept, {@code Optional} and
   * {@code java.time} supported, no default typing). It is a copy: changing it changes nothing in the SDK.
   */
  public static ObjectMapper mapper() {
    return Json.mapper().copy();
  }
}
