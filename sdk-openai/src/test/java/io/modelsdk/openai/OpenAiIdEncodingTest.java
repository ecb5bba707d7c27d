package io.modelsdk.openai;

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
 * Cases E1 to E4: a model id always becomes exactly one path segment under {@code /v1/models/}, as
 * the server sees it on the wire, and ids that could not be one are refused before any I/O.
 */
class OpenAiIdEncodingTest extends OpenAiWireMockTest {
  @BeforeEach
  void answerEverything() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("retrieve.json")));
  }

  private static String rawUrl() {
    return SERVER.getAllServeEvents().get(0).getRequest().getUrl();
  }

  @Test
  void e1SlashIsEncodedInsideTheSegment() {
    client().models().retrieve("meta-llama/Llama-3.1-70B-Instruct");
    assertThat(rawUrl()).isEqualTo("/v1/models/meta-llama%2FLlama-3.1-70B-Instruct");
  }

  @Test
  void e1AsyncAndDeleteEncodeTheSameWay() throws Exception {
    client().async().models().retrieve("meta-llama/Llama-3.1-70B-Instruct").get(10, TimeUnit.SECONDS);
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("delete.json")));
    client().models().delete("meta-llama/Llama-3.1-70B-Instruct");
    assertThat(requests()).extracting(LoggedRequest::getUrl)
        .containsOnly("/v1/models/meta-llama%2FLlama-3.1-70B-Instruct");
  }

  @Test
  void e2FineTunedIdWithColonsIsSentUnchanged() {
    client().models().retrieve("ft:gpt-4o-mini:org::abc");
    assertThat(rawUrl()).isEqualTo("/v1/models/ft:gpt-4o-mini:org::abc");
  }

  @Test
  void e2DeleteOfAFineTunedIdIsSentUnchanged() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("delete.json")));
    client().models().delete("ft:gpt-4o-mini:org::abc");
    assertThat(rawUrl()).isEqualTo("/v1/models/ft:gpt-4o-mini:org::abc");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "  ", ".", ".."})
  void e3IdsThatCannotBeASegmentAreRefusedBeforeAnyRequest(String id) {
    assertThatThrownBy(() -> client().models().retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().delete(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().withRawResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().withStreamingResponse().delete(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().delete(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().withRawResponse().delete(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().withStreamingResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void e3NullIdIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client().models().retrieve(null)).isInstanceOf(NullPointerException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void e4QueryAndFragmentCharactersStayInTheSegment() {
    client().models().retrieve("gpt-4?x=1#frag");
    LoggedRequest r = onlyRequest();
    assertThat(r.getUrl()).isEqualTo("/v1/models/gpt-4%3Fx=1%23frag");
    assertThat(r.getQueryParams()).isEmpty();
  }

  @Test
  void e4PercentEncodedTraversalStaysInTheSegment() {
    client().models().retrieve("%2F..%2Fadmin");
    LoggedRequest r = onlyRequest();
    assertThat(r.getUrl()).isEqualTo("/v1/models/%252F..%252Fadmin");
    assertThat(r.getQueryParams()).isEmpty();
  }
}
