package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.Operation;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.errors.ResponseTooLargeException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import io.modelsdk.core.spi.Endpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * F6: a body past the client's limit fails with {@link ResponseTooLargeException}, counted after
 * decompression: a 50 MB body, and a gzip bomb of a few KB that inflates past 16 MiB, at a 1 MiB limit and
 * at the default 16 MiB; a body of exactly the limit still passes.
 */
class ResponseSizeLimitTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

  private static final int MIB = 1024 * 1024;
  private static final long DEFAULT_LIMIT = 16L * MIB;

  /** Answers the body's length, without parsing it. */
  static final Endpoint<String, Integer> LENGTH = Endpoint.of(Operation.RETRIEVE, "GET",
      (id, r) -> r.path("blobs").pathParam("blob id", id), data -> data.body().length);

  private static byte[] filled(int size) {
    byte[] b = new byte[size];
    Arrays.fill(b, (byte) ' ');
    return b;
  }

  /** {@code size} spaces, gzipped: a few KB for many MB. */
  private static byte[] gzipOf(long size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      byte[] chunk = filled(64 * 1024);
      for (long left = size; left > 0; left -= chunk.length) {
        gz.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void serve(String id, byte[] body) {
    SERVER.stubFor(get(urlPathEqualTo("/blobs/" + id)).willReturn(
        aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream").withBody(body)));
  }

  private static void serveGzip(String id, long inflatedSize) {
    SERVER.stubFor(get(urlPathEqualTo("/blobs/" + id)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip")
        .withBody(gzipOf(inflatedSize))));
  }

  private static FakeClient client(long limit) {
    return Wire.client(SERVER.baseUrl()).maxRetries(0).maxResponseBytes(limit).build();
  }

  private static FakeClient defaultClient() {
    return Wire.client(SERVER.baseUrl()).maxRetries(0).build();
  }

  private static int read(FakeClient client, String id) {
    return client.runtime().execute(LENGTH, id, RequestOptions.none()).parse();
  }

  @Test
  void fiftyMegabytesFailAtOneMib() {
    serve("big", filled(50 * 1000 * 1000));
    try (FakeClient client = client(MIB)) {
      assertThatThrownBy(() -> read(client, "big"))
          .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> assertThat(e.limitBytes()).isEqualTo(MIB));
    }
  }

  @Test
  void fiftyMegabytesFailAtTheDefaultLimit() {
    serve("big", filled(50 * 1000 * 1000));
    try (FakeClient client = defaultClient()) {
      assertThat(client.runtime().options().maxResponseBytes()).isEqualTo(DEFAULT_LIMIT);
      assertThatThrownBy(() -> read(client, "big"))
          .isInstanceOfSatisfying(ResponseTooLargeException.class,
              e -> assertThat(e.limitBytes()).isEqualTo(DEFAULT_LIMIT));
    }
  }

  @Test
  void fiftyMegabytesFailWhenStreamedPastOneMib() throws IOException {
    serve("big", filled(50 * 1000 * 1000));
    try (FakeClient client = client(MIB);
        StreamingResponse<Integer> s = client.runtime().stream(LENGTH, "big", RequestOptions.none());
        InputStream in = s.body()) {
      byte[] buf = new byte[8192];
      long[] read = {0};
      assertThatThrownBy(() -> {
        for (int n; (n = in.read(buf)) != -1; ) {
          read[0] += n;
        }
      }).isInstanceOf(ResponseTooLargeException.class);
      assertThat(read[0]).isLessThanOrEqualTo(MIB).isGreaterThan(MIB - buf.length);
    }
  }

  @Test
  void gzipBombIsCountedAfterDecompressionAtTheDefaultLimit() {
    byte[] bomb = gzipOf(DEFAULT_LIMIT + MIB);
    assertThat(bomb.length).isLessThan(64 * 1024);
    serveGzip("bomb", DEFAULT_LIMIT + MIB);
    try (FakeClient client = defaultClient()) {
      assertThatThrownBy(() -> read(client, "bomb"))
          .isInstanceOfSatisfying(ResponseTooLargeException.class,
              e -> assertThat(e.limitBytes()).isEqualTo(DEFAULT_LIMIT));
    }
    assertThat(SERVER.getAllServeEvents()).singleElement()
        .satisfies(e -> assertThat(e.getRequest().getHeader("Accept-Encoding")).contains("gzip"));
  }

  @Test
  void gzipBombIsCountedAfterDecompressionAtOneMib() {
    serveGzip("bomb", 64L * MIB);
    try (FakeClient client = client(MIB)) {
      assertThatThrownBy(() -> read(client, "bomb")).isInstanceOf(ResponseTooLargeException.class);
      assertThatThrownBy(() -> {
        try (StreamingResponse<Integer> s = client.runtime().stream(LENGTH, "bomb", RequestOptions.none())) {
          s.parse();
        }
      }).isInstanceOf(ResponseTooLargeException.class);
    }
  }

  @Test
  void gzipBombInAStreamedListFailsWhileIterating() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip")
        .withBody(gzipOf(8L * MIB))));
    try (FakeClient client = client(MIB);
        StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
      assertThatThrownBy(() -> s.forEach(m -> { })).isInstanceOf(ResponseTooLargeException.class);
    }
  }

  @Test
  void exactlyTheLimitPassesAndOneByteMoreFails() {
    serve("exact", filled(MIB));
    serve("over", filled(MIB + 1));
    serveGzip("exact-gz", MIB);
    serveGzip("over-gz", MIB + 1);
    try (FakeClient client = client(MIB)) {
      assertThat(read(client, "exact")).isEqualTo(MIB);
      assertThat(read(client, "exact-gz")).isEqualTo(MIB);
      assertThatThrownBy(() -> read(client, "over")).isInstanceOf(ResponseTooLargeException.class);
      assertThatThrownBy(() -> read(client, "over-gz")).isInstanceOf(ResponseTooLargeException.class);
    }
  }

  @Test
  void aGzipBombAsAnErrorBodyStillGivesTheStatus() {
    SERVER.stubFor(get(urlPathEqualTo("/blobs/err")).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Encoding", "gzip").withBody(gzipOf(64L * MIB))));
    try (FakeClient client = defaultClient()) {
      assertThatThrownBy(() -> read(client, "err"))
          .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
    }
  }
}
