package io.modelsdk.core.internal;

import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.errors.ResponseTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * A success body parsed as it arrives, for the typed calls that never hand the bytes to the caller: no
 * copy of the whole body is made. It counts bytes against the client's limit, keeps the first KiB for a
 * parse failure's snippet (as a body read whole shows it), and remembers a failed read, so that a
 * connection dropped mid-body is retried like one dropped before it.
 */
final class WireBody extends InputStream {
  private static final int SNIPPET_BYTES = 1024;

  private final InputStream in;
  private final long limit;
  private long count;
  private byte[] head;
  private int headLength;
  private IOException readFailure;

  private WireBody(BufferedSource source, long limit) {
    this.in = source.inputStream();
    this.limit = limit;
  }

  /**
   * The body to parse, or null where it is empty (the caller then decodes zero bytes, whose failure
   * reads as it always has).
   *
   * @throws ResponseTooLargeException if the declared length is past the limit
   * @throws IOException if the connection fails before the first byte
   */
  static WireBody open(ResponseBody body, long limit) throws IOException {
    if (body == null) {
      return null;
    }
    if (body.contentLength() > limit) {
      throw new ResponseTooLargeException(limit);
    }
    BufferedSource source = body.source();
    return source.exhausted() ? null : new WireBody(source, limit);
  }

  @Override
  public int read() throws IOException {
    int b;
    try {
      b = in.read();
    } catch (IOException e) {
      readFailure = e;
      throw e;
    }
    if (b >= 0) {
      keep(new byte[] {(byte) b}, 0, 1);
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n;
    try {
      n = in.read(buf, off, len);
    } catch (IOException e) {
      readFailure = e;
      throw e;
    }
    if (n > 0) {
      keep(buf, off, n);
      count(n);
    }
    return n;
  }

  /**
   * Reads what the parser left after the JSON value, so that the limit covers the whole body and the
   * connection can be reused.
   */
  void drain() throws IOException {
    if (read() < 0) {
      return;
    }
    byte[] rest = new byte[512];
    while (read(rest, 0, rest.length) >= 0) {
      // counted against the limit, then dropped, as the parser would have ignored it
    }
  }

  /** Rethrows the connection failure a parse ran into, which the call may retry. */
  void rethrowReadFailure() throws IOException {
    if (readFailure != null) {
      throw readFailure;
    }
  }

  /** {@code e} with the start of the body as its snippet, where the parser had none to give. */
  ResponseParseException withSnippet(ResponseParseException e) {
    if (!e.bodySnippet().isEmpty() || headLength == 0) {
      return e;
    }
    String snippet = snippet();
    ResponseParseException withSnippet = new ResponseParseException(e.getMessage() + "; body starts: " + snippet,
        e.getCause(), e.statusCode(), e.contentType().orElse(null), e.jsonPath().orElse(null), snippet);
    withSnippet.setStackTrace(e.getStackTrace());
    return withSnippet;
  }

  /** The start of the body, as a body read whole would give it. */
  String snippet() {
    return headLength == 0 ? "" : new String(head, 0, headLength, StandardCharsets.UTF_8);
  }

  private void keep(byte[] buf, int off, int n) {
    if (headLength >= SNIPPET_BYTES) {
      return;
    }
    int take = Math.min(n, SNIPPET_BYTES - headLength);
    head = head == null ? new byte[take] : Arrays.copyOf(head, headLength + take);
    System.arraycopy(buf, off, head, headLength, take);
    headLength += take;
  }

  private void count(int n) {
    count += n;
    if (count > limit) {
      throw new ResponseTooLargeException(limit);
    }
  }

  /** Leaves the body open: the parser closes its source when done, but the rest is still to be drained. */
  @Override
  public void close() {
  }
}
