package io.modelsdk.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.StreamingResponse;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A streamed body can be taken once: not parsed after it was read, and not read after close.
 * {@link OpenAiModelsContractTest}'s mode matrix checks that it is the document as sent.
 */
class OpenAiStreamingBodyTest extends OpenAiWireMockTest {
  @BeforeEach
  void stubRetrieve() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/" + RETRIEVE_ID)).willReturn(fixture("retrieve.json")));
  }

  @Test
  void theBodyCanBeTakenOnce() throws IOException {
    try (StreamingResponse<OpenAiModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID)) {
      try (InputStream in = s.body()) {
        in.readAllBytes();
      }
      assertThatThrownBy(s::parse).as("the body can be taken once").isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void theBodyCannotBeReadAfterClose() {
    StreamingResponse<OpenAiModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID);
    s.close();
    assertThatThrownBy(s::body).isInstanceOf(IllegalStateException.class);
  }
}
