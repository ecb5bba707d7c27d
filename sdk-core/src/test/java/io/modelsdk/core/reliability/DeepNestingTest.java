package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.modelsdk.core.reliability.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.Operation;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ResponseDecoder;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * D5: a 200 body of 100,000 nested {@code [} fails cleanly with a {@link ResponseParseException} from
 * Jackson's nesting limit: no StackOverflowError, whatever the target type, and fast (generous bound).
 */
class DeepNestingTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String DEEP = "[".repeat(100_000);
  private static final Duration GENEROUS = Duration.ofSeconds(20);

  /** Decodes into {@code Object}, the type that follows the nesting furthest. */
  static final Endpoint<String, Object> ANYTHING = Endpoint.of(Operation.RETRIEVE, "GET",
      (id, r) -> r.path("models").pathParam("model id", id), ResponseDecoder.json(Object.class));

  private FakeClient client;

  @BeforeEach
  void start() {
    client = Wire.client(SERVER.baseUrl()).maxRetries(0).build();
    SERVER.stubFor(get(urlPathEqualTo("/models/deep")).willReturn(json(200, DEEP)));
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200, "{\"data\":" + DEEP)));
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void untypedTargetHitsTheNestingLimit() {
    assertTimeoutPreemptively(GENEROUS, () ->
        assertThatThrownBy(() -> client.runtime().execute(ANYTHING, "deep", RequestOptions.none()).parse())
            .isInstanceOfSatisfying(ResponseParseException.class, e -> {
              assertThat(e.statusCode()).isEqualTo(200);
              assertThat(e.getMessage()).containsIgnoringCase("nesting depth");
              assertThat(e.bodySnippet()).hasSize(1024);
            }));
  }

  @Test
  void untypedTargetHitsTheNestingLimitWhenStreamed() {
    assertTimeoutPreemptively(GENEROUS, () -> {
      try (StreamingResponse<Object> s = client.runtime().stream(ANYTHING, "deep", RequestOptions.none())) {
        assertThatThrownBy(s::parse).isInstanceOf(ResponseParseException.class)
            .hasMessageContaining("nesting depth");
      }
    });
  }

  @Test
  void modelTargetFailsCleanly() {
    assertTimeoutPreemptively(GENEROUS, () ->
        assertThatThrownBy(() -> client.models().retrieve("deep")).isInstanceOf(ResponseParseException.class));
  }

  @Test
  void listAndStreamedListFailCleanly() {
    assertTimeoutPreemptively(GENEROUS, () -> {
      assertThatThrownBy(() -> client.models().list()).isInstanceOf(ResponseParseException.class);
      try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
        assertThatThrownBy(() -> s.forEach(m -> { })).isInstanceOf(ResponseParseException.class);
      }
    });
  }

  @Test
  void deeplyNestedErrorBodyKeepsTheStatus() {
    SERVER.stubFor(get(urlPathEqualTo("/models/deep-error")).willReturn(json(400, "{\"error\":" + DEEP)));

    assertTimeoutPreemptively(GENEROUS, () ->
        assertThatThrownBy(() -> client.models().retrieve("deep-error"))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(400)));
  }
}
