package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.modelsdk.core.reliability.Wire.KEY;
import static io.modelsdk.core.reliability.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.ApiTimeoutException;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import io.modelsdk.core.internal.Internals;
import io.modelsdk.core.testing.LogCapture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * F1: the canary key never shows in {@code toString()} of options, builders, request options, responses
 * and pages, nor anywhere in a failure's printed stack trace (messages, causes, suppressed) for a 401
 * whose server echoes the key, a refused connection, a timeout or a parse error of a body that echoes
 * the key; nor in any line the SDK logs, every test running with its loggers at TRACE.
 */
class ApiKeyLeakTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  final LogCapture logs = new LogCapture();

  private FakeClient client;

  @BeforeEach
  void start() {
    client = Wire.client(SERVER.baseUrl()).maxRetries(0).build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @AfterEach
  void theLogNeverShowsTheKey() {
    assertThat(logs.text()).doesNotContain(KEY);
  }

  /** Everything a logger would print for {@code t}: messages of it, its causes and suppressed. */
  static String printed(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private static void assertNoKey(Throwable t) {
    assertThat(t).isNotNull();
    assertThat(printed(t)).doesNotContain(KEY);
    assertThat(t.toString()).doesNotContain(KEY);
  }

  @Test
  void toStringsNeverShowTheKey() {
    SERVER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(json(200, Wire.model("m"))));
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200, Wire.page(Wire.ids("m", 2), null))));
    RequestOptions options = RequestOptions.builder().header("Authorization", "Bearer " + KEY)
        .header("x-api-key", KEY).header("api-key", KEY).header("X-Trace", "t1").timeout(Duration.ofSeconds(5)).build();
    FakeClient.Builder builder = Wire.client(SERVER.baseUrl()).header("Authorization", "Bearer " + KEY);

    RawResponse<FakeModel> raw = client.models().withRawResponse().retrieve("m", options);
    Page<FakeModel> page = client.models().list(options);

    assertThat(options.toString()).doesNotContain(KEY).contains("X-Trace=t1").contains("[redacted]");
    assertThat(builder.toString()).doesNotContain(KEY);
    assertThat(client.runtime().options().toString()).doesNotContain(KEY).contains("[redacted]");
    try (FakeClient other = builder.build()) {
      assertThat(other.runtime().options().toString()).doesNotContain(KEY);
      assertThat(other.toString()).doesNotContain(KEY);
    }
    assertThat(client.toString()).doesNotContain(KEY);
    assertThat(client.runtime().toString()).doesNotContain(KEY);
    assertThat(Internals.describeTransport(client.runtime())).doesNotContain(KEY);
    assertThat(client.models().toString()).doesNotContain(KEY);
    assertThat(client.asyncModels().toString()).doesNotContain(KEY);
    assertThat(raw.toString()).doesNotContain(KEY);
    assertThat(raw.headers().toString()).doesNotContain(KEY);
    assertThat(page.toString()).doesNotContain(KEY);
    try (StreamingResponse<FakeModel> s = client.models().withStreamingResponse().retrieve("m", options);
        StreamingListResponse<FakeModel> l = client.models().withStreamingResponse().list(options)) {
      assertThat(s.toString()).doesNotContain(KEY);
      assertThat(l.toString()).doesNotContain(KEY);
    }
    assertThat(SERVER.getAllServeEvents()).allSatisfy(e ->
        assertThat(e.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY));
  }

  @Test
  void unauthorizedWhoseServerEchoesTheKeyEverywhereLeaksNothing() {
    SERVER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(json(401,
        "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ".\",\"type\":\"auth " + KEY + "\","
            + "\"param\":\"" + KEY + "\",\"code\":\"invalid_api_key:" + KEY + "\"},\"echo\":\"Bearer " + KEY + "\"}")
        .withHeader("x-request-id", "req_1")));

    Throwable t = catchThrowable(() -> client.models().retrieve("m"));

    assertThat(t).isInstanceOfSatisfying(AuthenticationException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(401);
      assertThat(e.getMessage()).contains("Incorrect API key provided: [redacted]");
      assertThat(e.body()).doesNotContain(KEY).contains("[redacted]");
      assertThat(e.vendorMessage().orElseThrow()).doesNotContain(KEY);
      assertThat(e.vendorType().orElseThrow()).doesNotContain(KEY);
      assertThat(e.vendorParam().orElseThrow()).doesNotContain(KEY);
      assertThat(e.vendorCode().orElseThrow()).doesNotContain(KEY);
      assertThat(e.details().toString()).doesNotContain(KEY);
    });
    assertNoKey(t);
  }

  @Test
  void unauthorizedAsPlainTextEchoLeaksNothing() {
    SERVER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(
        aResponse().withStatus(401).withHeader("Content-Type", "text/plain").withBody("bad key " + KEY)));

    Throwable t = catchThrowable(() -> client.models().retrieve("m"));

    assertThat(t).isInstanceOf(AuthenticationException.class).hasMessageContaining("bad key [redacted]");
    assertThat(((ApiException) t).body()).isEqualTo("bad key [redacted]");
    assertNoKey(t);
  }

  @Test
  void asyncUnauthorizedLeaksNothing() {
    SERVER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(json(401,
        "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}")));

    Throwable t = catchThrowable(() -> client.asyncModels().retrieve("m").join());

    assertThat(t).isInstanceOf(CompletionException.class).hasCauseInstanceOf(AuthenticationException.class);
    assertNoKey(t);
  }

  @Test
  void refusedConnectionLeaksNothing() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (FakeClient refused = Wire.client("http://127.0.0.1:" + port).maxRetries(0).build()) {
      Throwable t = catchThrowable(() -> refused.models().retrieve("m"));

      assertThat(t).isInstanceOf(ApiConnectionException.class);
      assertNoKey(t);
    }
  }

  @Test
  void timeoutLeaksNothing() {
    SERVER.stubFor(get(urlPathEqualTo("/models/slow")).willReturn(json(200, Wire.model("slow")).withFixedDelay(3000)));

    Throwable t = catchThrowable(() -> client.models().retrieve("slow",
        RequestOptions.builder().timeout(Duration.ofMillis(200)).build()));

    assertThat(t).isInstanceOf(ApiTimeoutException.class);
    assertNoKey(t);
  }

  @Test
  void parseErrorOfABodyEchoingTheKeyLeaksNothing() {
    SERVER.stubFor(get(urlPathEqualTo("/models/text")).willReturn(
        aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(KEY + " is not a model")));
    SERVER.stubFor(get(urlPathEqualTo("/models/json")).willReturn(json(200, "{\"owned_by\":\"" + KEY + "\"}")));
    SERVER.stubFor(get(urlPathEqualTo("/models/type")).willReturn(json(200, "{\"id\":\"x\",\"owned_by\":{\"" + KEY + "\":1}}")));
    SERVER.stubFor(get(urlPathEqualTo("/models/string")).willReturn(json(200, "\"" + KEY + "\"")));

    for (String id : new String[] {"text", "json", "type", "string"}) {
      Throwable t = catchThrowable(() -> client.models().retrieve(id));
      assertThat(t).as(id).isInstanceOfSatisfying(ResponseParseException.class,
          e -> assertThat(e.bodySnippet()).doesNotContain(KEY));
      assertNoKey(t);

      Throwable async = catchThrowable(() -> client.asyncModels().retrieve(id).join());
      assertThat(async).as(id).hasCauseInstanceOf(ResponseParseException.class);
      assertNoKey(async);

      try (StreamingResponse<FakeModel> s = client.models().withStreamingResponse().retrieve(id)) {
        Throwable streamed = catchThrowable(s::parse);
        assertThat(streamed).as(id).isInstanceOf(ResponseParseException.class);
        assertNoKey(streamed);
      }
    }
  }

  @Test
  void parseErrorOfAStreamedListItemEchoingTheKeyLeaksNothing() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200,
        "{\"data\":[{\"id\":\"a\"},{\"owned_by\":\"" + KEY + "\"}, " + KEY + "]}")));

    try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
      Throwable t = catchThrowable(() -> s.forEach(m -> { }));
      assertThat(t).isInstanceOf(ResponseParseException.class);
      assertNoKey(t);
    }
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200, "{\"data\":[\"" + KEY + "\"]}")));
    try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
      Throwable t = catchThrowable(() -> s.forEach(m -> { }));
      assertThat(t).isInstanceOf(ResponseParseException.class);
      assertNoKey(t);
    }
  }
}
