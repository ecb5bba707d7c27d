package io.modelsdk.atoma;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.modelsdk.core.StreamingListResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The older (2024-11) list payload, with every field it had ({@code root}, {@code max_model_len},
 * {@code permission} ...), is read by list, streamed list and retrieve, sync and async.
 */
class AtomaOlderPayloadTest extends AtomaWireMockTest {
  @Test
  void olderPayloadIsReadInEveryListMode() throws Exception {
    SERVER.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(fixture("list-2024-11.json")));
    assertHistoricalModel(client().models().list().items().get(0));
    assertHistoricalModel(client().models().retrieve(OLD_ID));
    try (StreamingListResponse<AtomaModel> s = client().models().withStreamingResponse().list()) {
      assertHistoricalModel(s.iterator().next());
    }
    assertHistoricalModel(client().async().models().list().get(10, TimeUnit.SECONDS).items().get(0));
    assertHistoricalModel(client().async().models().retrieve(OLD_ID).get(10, TimeUnit.SECONDS));
  }
}
