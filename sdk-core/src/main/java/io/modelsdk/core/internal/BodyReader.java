package io.modelsdk.core.internal;

import io.modelsdk.core.errors.ResponseTooLargeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Reads response bodies without ever holding more than the client's limit. */
public final class BodyReader {
  private BodyReader() {}

  /**
   * Reads the whole body, failing as soon as it passes {@code limit} bytes (after decompression).
   *
   * @throws IOException if the connection fails while reading; the caller may retry
   */
  public static byte[] read(ResponseBody body, long limit) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    if (body.contentLength() > limit) {
      throw new ResponseTooLargeException(limit);
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (source.read(buffer, 8192) != -1) {
      if (buffer.size() > limit) {
        throw new ResponseTooLargeException(limit);
      }
    }
    return buffer.readByteArray();
  }

  /** Wraps a body stream so that reading past {@code limit} bytes fails. */
  public static InputStream limited(InputStream in, long limit) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) {
        count += n;
        if (count > limit) {
          throw new ResponseTooLargeException(limit);
        }
      }
    };
  }
}
