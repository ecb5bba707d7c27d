package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model id becomes exactly one path segment under {@code /v1/models/} (Bedrock and Azure ids may hold
 * a {@code /} or {@code :}), and ids that could not be one are refused before any I/O in every mode,
 * including the list-then-filter fallback.
 */
class ChoreoIdEncodingTest extends ChoreoWireMockTest {
  @BeforeEach
  void answerEverything() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("retrieve.json")));
  }

  private static String firstUrl() {
    return requestLines().get(0).substring("GET ".length());
  }

  @Test
  void slashIsEncodedInsideTheSegment() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(200,
        "{\"id\":\"meta-llama/Llama-3.1-70B-Instruct\",\"object\":\"model\",\"owned_by\":\"bedrock\"}")));
    client().models().retrieve("meta-llama/Llama-3.1-70B-Instruct");
    assertThat(firstUrl()).isEqualTo("/v1/models/meta-llama%2FLlama-3.1-70B-Instruct");
  }

  @Test
  void asyncEncodesTheSameWay() throws Exception {
    SERVER.stubFor(any(anyUrl()).willReturn(json(200,
        "{\"id\":\"meta-llama/Llama-3.1-70B-Instruct\",\"object\":\"model\"}")));
    client().async().models().retrieve("meta-llama/Llama-3.1-70B-Instruct").get(10, TimeUnit.SECONDS);
    assertThat(requests()).extracting(LoggedRequest::getUrl)
        .containsOnly("/v1/models/meta-llama%2FLlama-3.1-70B-Instruct");
  }

  @Test
  void aSlashIdIsFoundByListingAfterTheRouteLevel404() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture(404, "error-route-not-found.json")));
    SERVER.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/models")).willReturn(json(200,
        "{\"object\":\"list\",\"data\":[{\"id\":\"anthropic.claude-v2:1\",\"owned_by\":\"bedrock\"},"
            + "{\"id\":\"us/claude\",\"owned_by\":\"bedrock\"}]}")));
    assertThat(client().models().retrieve("us/claude").id()).isEqualTo("us/claude");
    assertThat(client().models().retrieve("anthropic.claude-v2:1").id()).isEqualTo("anthropic.claude-v2:1");
    assertThat(requestLines()).containsExactly("GET /v1/models/us%2Fclaude", "GET /v1/models",
        "GET /v1/models/anthropic.claude-v2:1", "GET /v1/models");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "  ", ".", ".."})
  void idsThatCannotBeASegmentAreRefusedBeforeAnyRequest(String id) {
    assertThatThrownBy(() -> client().models().retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().withRawResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().withStreamingResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().withRawResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().withStreamingResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void nullIdIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client().models().retrieve(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().async().models().retrieve(null)).isInstanceOf(NullPointerException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void queryAndFragmentCharactersStayInTheSegment() {
    client().models().retrieve("gpt-4?x=1#frag");
    LoggedRequest r = requests().get(requests().size() - 1);
    assertThat(r.getUrl()).isEqualTo("/v1/models/gpt-4%3Fx=1%23frag");
    assertThat(r.getQueryParams()).isEmpty();
  }
}
