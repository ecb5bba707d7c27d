package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.errors.ResponseTooLargeException;
import io.modelsdk.core.fake.FakeClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Typed calls parse the body as it arrives instead of copying it whole first. What a caller sees must
 * not change: the same parse failure as the raw response's {@code parse()} (message, path, snippet, key
 * redacted), a connection dropped mid-body retried, the size limit over the whole body, and the
 * connection reused after a body with trailing bytes.
 */
class TypedReadingTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static String filler(int bytes) {
    StringBuilder b = new StringBuilder("<html><body>");
    while (b.length() < bytes) {
      b.append("<p>filler ").append(b.length()).append("</p>");
    }
    return b.append("</body></html>").toString();
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("html", filler(5000)),
        Arguments.of("truncated", "{\"id\":\"m1\",\"owned_by\":\"ac"),
        Arguments.of("json null", "null"),
        Arguments.of("empty", ""),
        Arguments.of("array", "[1,2]"),
        Arguments.of("missing id", "{\"owned_by\":\"acme\"}"),
        Arguments.of("key echoed", "{\"id\": " + Wire.KEY + "}"),
        Arguments.of("bad token after 2 KiB", "{\"id\":\"m1\",\"x\":\"" + filler(2048) + "\",\"y\":nope}"));
  }

  @ParameterizedTest(name = "retrieve, {0}")
  @MethodSource("malformedBodies")
  void aTypedRetrieveFailsAsTheRawParseDoes(String name, String body) {
    SERVER.stubFor(get(urlPathEqualTo("/models/m1")).willReturn(Wire.json(200, body)));
    try (FakeClient client = Wire.client(SERVER.baseUrl()).maxRetries(0).build()) {
      ResponseParseException raw = catchThrowableOfType(ResponseParseException.class,
          () -> client.models().withRawResponse().retrieve("m1").parse());
      assertThat(raw).as("the raw parse fails").isNotNull();
      for (Mode mode : Mode.values()) {
        ResponseParseException typed = catchThrowableOfType(ResponseParseException.class,
            () -> mode.retrieve(client, "m1"));
        assertSame(mode + " retrieve", typed, raw);
      }
    }
  }

  @ParameterizedTest(name = "list, {0}")
  @MethodSource("malformedBodies")
  void aTypedListFailsAsTheRawParseDoes(String name, String body) {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(Wire.json(200, body)));
    assertListFailsAsRaw();
  }

  @Test
  void aListWithANullItemPastTheFirstKibFailsAsTheRawParseDoes() {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      items.add(Wire.model("model-with-a-long-id-" + i));
    }
    items.add("null");
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(Wire.json(200,
        "{\"data\":[" + String.join(",", items) + "],\"next\":null}")));
    assertListFailsAsRaw();
  }

  private static void assertListFailsAsRaw() {
    try (FakeClient client = Wire.client(SERVER.baseUrl()).maxRetries(0).build()) {
      ResponseParseException raw = catchThrowableOfType(ResponseParseException.class,
          () -> client.models().withRawResponse().list().parse());
      assertThat(raw).as("the raw parse fails").isNotNull();
      assertSame("sync list", catchThrowableOfType(ResponseParseException.class,
          () -> client.models().list()), raw);
      assertSame("async list", catchThrowableOfType(ResponseParseException.class,
          () -> Mode.await(client.asyncModels().list())), raw);
    }
  }

  private static void assertSame(String what, ResponseParseException typed, ResponseParseException raw) {
    assertThat(typed).as(what + " fails").isNotNull();
    assertThat(typed.getMessage()).as(what).isEqualTo(raw.getMessage()).doesNotContain(Wire.KEY);
    assertThat(typed.jsonPath()).as(what).isEqualTo(raw.jsonPath());
    assertThat(typed.bodySnippet()).as(what).isEqualTo(raw.bodySnippet()).doesNotContain(Wire.KEY);
    assertThat(typed.statusCode()).as(what).isEqualTo(raw.statusCode());
    assertThat(typed.contentType()).as(what).isEqualTo(raw.contentType());
  }

  @Test
  void aConnectionDroppedMidBodyIsRetriedLikeOneDroppedBeforeIt() throws IOException {
    String model = Wire.model("m1");
    try (RawServer server = new RawServer(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"id\":\"m1\",\"ow",
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + model.length() + "\r\n\r\n"
            + model)) {
      for (Mode mode : Mode.values()) {
        try (FakeClient client = Wire.client(server.baseUrl()).maxRetries(1).build()) {
          server.restart();
          assertThat(mode.retrieve(client, "m1").id()).isEqualTo("m1");
          assertThat(server.connections()).as(mode + ": the cut answer, then the retry").isEqualTo(2);
        }
      }
    }
  }

  @Test
  void aConnectionDroppedMidBodyForeverIsAConnectionFailure() throws IOException {
    String cut = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"id\":\"m1\"";
    try (RawServer server = new RawServer(cut, cut, cut);
        FakeClient client = Wire.client(server.baseUrl()).maxRetries(2).build()) {
      assertThatThrownBy(() -> client.models().retrieve("m1")).isInstanceOf(ApiConnectionException.class);
      assertThat(server.connections()).isEqualTo(3);
    }
  }

  @Test
  void bytesAfterTheJsonCountTowardTheLimit() throws IOException {
    String padded = Wire.model("m1") + spaces(4096);
    try (RawServer server = new RawServer(chunked(padded));
        FakeClient client = Wire.client(server.baseUrl()).maxRetries(0).maxResponseBytes(1024).build()) {
      assertThatThrownBy(() -> client.models().retrieve("m1")).isInstanceOf(ResponseTooLargeException.class);
    }
  }

  @Test
  void aBodyWithTrailingBytesLeavesTheConnectionReusable() throws IOException {
    String padded = chunked(Wire.model("m1") + spaces(20_000));
    try (RawServer server = new RawServer(padded, padded);
        FakeClient client = Wire.client(server.baseUrl()).maxRetries(0).build()) {
      assertThat(client.models().retrieve("m1").id()).isEqualTo("m1");
      assertThat(client.models().retrieve("m1").id()).isEqualTo("m1");
      assertThat(server.connections()).as("both calls on one connection").isEqualTo(1);
    }
  }

  private static String spaces(int n) {
    char[] c = new char[n];
    Arrays.fill(c, ' ');
    return new String(c);
  }

  private static String chunked(String body) {
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
  }

  /** A loopback server writing one scripted answer per request, the last one over and over. */
  private static final class RawServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<String> answers;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final Thread thread;

    RawServer(String... answers) throws IOException {
      this.answers = Arrays.asList(answers);
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      thread = new Thread(this::serve, "raw-server");
      thread.setDaemon(true);
      thread.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int connections() {
      return connections.get();
    }

    void restart() {
      connections.set(0);
      answered.set(0);
    }

    private void serve() {
      while (!socket.isClosed()) {
        try {
          Socket s = socket.accept();
          connections.incrementAndGet();
          Thread t = new Thread(() -> answer(s), "raw-connection");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    }

    private void answer(Socket s) {
      try (Socket closing = s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
        while (readRequest(in)) {
          String answer = answers.get(Math.min(answered.getAndIncrement(), answers.size() - 1));
          out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          if (!answer.endsWith("0\r\n\r\n") && !isWhole(answer)) {
            return; // a cut answer: close mid-body
          }
        }
      } catch (IOException e) {
        // the client went away
      }
    }

    private static boolean isWhole(String answer) {
      int head = answer.indexOf("\r\n\r\n") + 4;
      int at = answer.indexOf("Content-Length: ");
      if (at < 0) {
        return false;
      }
      int length = Integer.parseInt(answer.substring(at + 16, answer.indexOf("\r\n", at)));
      return answer.length() - head == length;
    }

    private static boolean readRequest(InputStream in) throws IOException {
      int matched = 0;
      for (int b; (b = in.read()) != -1; ) {
        matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        if (matched == 4) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

}
