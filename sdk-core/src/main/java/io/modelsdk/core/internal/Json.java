package io.modelsdk.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.errors.SdkException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The SDK's one JSON mapper and the parse helpers that turn every Jackson failure into a
 * {@link ResponseParseException}. Default typing is never enabled, so {@code @class} in a payload is
 * plain data.
 */
public final class Json {
  private static final int SNIPPET_BYTES = 1024;
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new LazyJavaTime())
      .addModule(new SimpleModule("models-sdk").setDeserializerModifier(new HandleSetters()))
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
      .build();

  private Json() {}

  /** The configured mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Parses a whole body; an empty body or a JSON {@code null} is a parse failure, never a null value. */
  public static <T> T parse(byte[] body, JavaType type, int status, String contentType) {
    if (body.length == 0) {
      throw new ResponseParseException("Empty body where JSON was expected (status " + status
          + ", content type " + contentType + ")", null, status, contentType, null, "");
    }
    T value;
    try {
      value = MAPPER.readValue(body, type);
    } catch (IOException | RuntimeException e) {
      throw parseFailure(e, status, contentType, snippet(body));
    }
    if (value == null) {
      throw shapeFailure("the body is JSON null", null, status, contentType, snippet(body));
    }
    return value;
  }

  /** Parses a body from a stream; the snippet in a failure is then empty. */
  public static <T> T parse(InputStream body, JavaType type, int status, String contentType) {
    T value;
    try {
      value = MAPPER.readValue(body, type);
    } catch (IOException | RuntimeException e) {
      throw streamFailure(e, status, contentType);
    }
    if (value == null) {
      throw shapeFailure("the body is JSON null", null, status, contentType, "");
    }
    return value;
  }

  /**
   * Classifies a failure while parsing from the wire: an SDK exception passes through, a broken
   * connection becomes an {@link ApiConnectionException}, anything else a parse failure.
   */
  public static SdkException streamFailure(Exception e, int status, String contentType) {
    return streamFailure(e, null, status, contentType);
  }

  /** Like {@link #streamFailure(Exception, int, String)}, for a value found at {@code pathPrefix}. */
  public static SdkException streamFailure(Exception e, String pathPrefix, int status, String contentType) {
    if (e instanceof SdkException) {
      return (SdkException) e;
    }
    if (e instanceof IOException && !(e instanceof JsonProcessingException)) {
      return new ApiConnectionException("Failed to read the response body: " + e.getMessage(), e, 1, false);
    }
    return parseFailure(e, pathPrefix, status, contentType, "");
  }

  /** Wraps a Jackson failure, naming the JSON path when Jackson knows it. */
  public static ResponseParseException parseFailure(Exception e, int status, String contentType, String snippet) {
    return parseFailure(e, null, status, contentType, snippet);
  }

  /**
   * Wraps a Jackson failure of a value found at {@code pathPrefix} (such as {@code data[3]} for one
   * item of a streamed list), so that the path in the exception is the path in the whole document.
   */
  public static ResponseParseException parseFailure(
      Exception e, String pathPrefix, int status, String contentType, String snippet) {
    if (e instanceof ResponseParseException) {
      return (ResponseParseException) e;
    }
    Throwable cause = e;
    if (e instanceof UncheckedIOException) {
      cause = e.getCause();
    }
    String path = cause instanceof JsonMappingException ? jsonPath((JsonMappingException) cause) : null;
    path = joinPath(pathPrefix, path);
    String reason = cause instanceof JsonProcessingException
        ? ((JsonProcessingException) cause).getOriginalMessage()
        : cause.getMessage();
    return new ResponseParseException(message(status, contentType, path, firstLine(reason), snippet), cause,
        status, contentType, path, snippet);
  }

  /**
   * A body that is valid JSON but lacks what the documented shape requires at {@code path}, such as a
   * list envelope without its item array or with a null item.
   */
  public static ResponseParseException shapeFailure(
      String problem, String path, int status, String contentType, String snippet) {
    return new ResponseParseException(message(status, contentType, path, problem, snippet), null, status,
        contentType, path, snippet);
  }

  private static String message(int status, String contentType, String path, String reason, String snippet) {
    return "Could not parse the response (status " + status + ", content type " + contentType
        + (path != null ? ", at " + path : "") + "): " + reason
        + (snippet.isEmpty() ? "" : "; body starts: " + snippet);
  }

  private static String joinPath(String prefix, String path) {
    if (prefix == null || prefix.isEmpty()) {
      return path;
    }
    if (path == null) {
      return prefix;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }

  /** Serializes a request body. */
  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Could not serialize the request body: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a stream whole. */
  public static byte[] readAll(InputStream in) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) != -1; ) {
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** At most the first 1 KiB of a body, as UTF-8 text. */
  public static String snippet(byte[] body) {
    int n = Math.min(body.length, SNIPPET_BYTES);
    return new String(body, 0, n, StandardCharsets.UTF_8);
  }

  static String jsonPath(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
