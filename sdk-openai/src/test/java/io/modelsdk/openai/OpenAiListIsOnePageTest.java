package io.modelsdk.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Page;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * OpenAI's list is not paged: sync and async, it is one page whose auto-pager gives just its items.
 * {@link OpenAiModelsContractTest}'s mode matrix checks what each mode answers; {@link OpenAiJsonRoundTripTest}
 * the documented values.
 */
class OpenAiListIsOnePageTest extends OpenAiWireMockTest {
  @Test
  void theListIsOnePageSyncAndAsync() throws Exception {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(fixture("list.json")));
    Page<OpenAiModel> page = client().models().list();
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.stream().map(OpenAiModel::id).collect(Collectors.toList()))
        .containsExactly("model-id-0", "model-id-1", "model-id-2");
    AsyncPage<OpenAiModel> asyncPage = client().async().models().list().get(10, TimeUnit.SECONDS);
    assertThat(asyncPage.hasNextPage()).isFalse();
    assertThat(asyncPage.autoPager().toList().get(10, TimeUnit.SECONDS)).isEqualTo(asyncPage.items());
  }
}
