package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Page;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.testing.ModelsContractTest.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the contract's mode matrix leaves to the gateway for {@code list()}. The matrix runs it in every
 * calling mode and checks each answer's items equal what the sync raw call parsed; here that parse holds
 * every documented field of {@code list.json}, the plain {@code GET /v1/models} answers one page (its
 * stream and the async auto-pager agree), and streamed lists iterate the documented models item by item.
 */
class ChoreoDocumentedListTest extends ChoreoWireMockTest {
  @BeforeEach
  void stubTheList() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models"))
        .willReturn(fixture("list.json").withHeader("X-Request-ID", "req_list")));
  }

  @Test
  void rawListParsesTheDocumentedModels() {
    assertDocumentedList(client().models().withRawResponse().list().parse().items());
  }

  @Test
  void syncListIsOneDocumentedPageFromThePlainRequest() {
    Page<ChoreoModel> page = client().models().list();
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.stream().map(ChoreoModel::id).collect(Collectors.toList()))
        .containsExactly("gpt-4", "claude-3-opus-20240229");
    assertThat(requestLines()).containsExactly("GET /v1/models");
  }

  @Test
  void asyncListIsOneDocumentedPageThatItsAutoPagerRepeats() throws Exception {
    AsyncPage<ChoreoModel> page = client().async().models().list().get(10, TimeUnit.SECONDS);
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.autoPager().toList().get(10, TimeUnit.SECONDS)).isEqualTo(page.items());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Mode.class, names = {"SYNC_STREAMING", "ASYNC_STREAMING"})
  void streamedListsIterateTheDocumentedModels(Mode mode) throws Exception {
    List<ChoreoModel> items = new ArrayList<>();
    try (StreamingListResponse<ChoreoModel> s = mode == Mode.SYNC_STREAMING
        ? client().models().withStreamingResponse().list()
        : client().async().models().withStreamingResponse().list().get(10, TimeUnit.SECONDS)) {
      s.forEach(items::add);
    }
    assertDocumentedList(items);
  }
}
