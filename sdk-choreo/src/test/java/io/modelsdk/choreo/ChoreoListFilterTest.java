package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list filtered by owner: the gateway takes no query parameters, so the SDK sends the plain
 * {@code GET /v1/models} and keeps the models of the owners asked for, in every calling mode.
 */
class ChoreoListFilterTest extends ChoreoWireMockTest {
  private static final ChoreoModelListParams ANTHROPIC =
      ChoreoModelListParams.builder().ownedBy("anthropic").build();

  @BeforeEach
  void stubList() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models"))
        .willReturn(fixture("list.json").withHeader("X-Request-ID", "req_list")));
  }

  private static void assertOnlyOpus(List<ChoreoModel> models) {
    assertThat(models).extracting(ChoreoModel::id).containsExactly("claude-3-opus-20240229");
    assertThat(models.get(0).ownedBy()).hasValue("anthropic");
  }

  private static void assertPlainListRequest() {
    assertThat(requestLines()).containsExactly("GET /v1/models");
    assertThat(onlyRequest().getQueryParams()).isEmpty();
  }

  @Test
  void syncTyped() {
    Page<ChoreoModel> page = client().models().list(ANTHROPIC);
    assertOnlyOpus(page.items());
    assertThat(page.hasNextPage()).isFalse();
    assertPlainListRequest();
  }

  @Test
  void syncRaw() {
    RawResponse<Page<ChoreoModel>> raw = client().models().withRawResponse().list(ANTHROPIC);
    assertThat(raw.requestId()).hasValue("req_list");
    assertOnlyOpus(raw.parse().items());
    assertPlainListRequest();
  }

  @Test
  void syncStreamingIteratesOnlyTheKeptItems() {
    List<ChoreoModel> items = new ArrayList<>();
    try (StreamingListResponse<ChoreoModel> s = client().models().withStreamingResponse().list(ANTHROPIC)) {
      assertThat(s.statusCode()).isEqualTo(200);
      assertThat(s.requestId()).hasValue("req_list");
      s.forEach(items::add);
    }
    assertOnlyOpus(items);
    assertPlainListRequest();
  }

  @Test
  void syncStreamingParseIsFilteredToo() {
    try (StreamingListResponse<ChoreoModel> s = client().models().withStreamingResponse().list(ANTHROPIC)) {
      assertOnlyOpus(s.parse().items());
    }
  }

  @Test
  void syncStreamingStreamIsFiltered() {
    try (StreamingListResponse<ChoreoModel> s = client().models().withStreamingResponse().list(ANTHROPIC)) {
      assertOnlyOpus(s.stream().collect(java.util.stream.Collectors.toList()));
    }
  }

  @Test
  void asyncTyped() throws Exception {
    AsyncPage<ChoreoModel> page = client().async().models().list(ANTHROPIC).get(10, TimeUnit.SECONDS);
    assertOnlyOpus(page.items());
    assertOnlyOpus(page.autoPager().toList().get(10, TimeUnit.SECONDS));
    assertPlainListRequest();
  }

  @Test
  void asyncRaw() throws Exception {
    RawResponse<AsyncPage<ChoreoModel>> raw =
        client().async().models().withRawResponse().list(ANTHROPIC).get(10, TimeUnit.SECONDS);
    assertThat(raw.requestId()).hasValue("req_list");
    assertOnlyOpus(raw.parse().items());
  }

  @Test
  void asyncStreaming() throws Exception {
    List<ChoreoModel> items = new ArrayList<>();
    try (StreamingListResponse<ChoreoModel> s =
        client().async().models().withStreamingResponse().list(ANTHROPIC).get(10, TimeUnit.SECONDS)) {
      assertThat(s.requestId()).hasValue("req_list");
      s.forEach(items::add);
    }
    assertOnlyOpus(items);
  }

  @Test
  void severalOwnersKeepTheGatewaysOrder() {
    Page<ChoreoModel> page = client().models().list(
        ChoreoModelListParams.builder().ownedBy("anthropic").ownedBy("openai").build());
    assertDocumentedList(page.items());
  }

  @Test
  void ownersCompareWithoutCase() {
    assertOnlyOpus(client().models().list(ChoreoModelListParams.builder().ownedBy("Anthropic").build()).items());
  }

  @Test
  void anUnconfiguredProviderIsAnEmptyPageNotAnError() {
    // The gateway silently leaves out providers it has no key for: here only Anthropic is configured.
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(fixture("list-anthropic-only.json")));
    ChoreoModelListParams openai = ChoreoModelListParams.builder().ownedBy("openai").build();
    assertThat(client().models().list(openai).items()).isEmpty();
    try (StreamingListResponse<ChoreoModel> s = client().models().withStreamingResponse().list(openai)) {
      assertThat(s.iterator().hasNext()).isFalse();
    }
  }

  @Test
  void aModelWithoutOwnerMatchesNoFilter() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(json(200,
        "{\"object\":\"list\",\"data\":[{\"id\":\"mystery\"},{\"id\":\"gpt-4\",\"owned_by\":\"openai\"}]}")));
    assertThat(client().models().list(ChoreoModelListParams.builder().ownedBy("openai").build()).items())
        .extracting(ChoreoModel::id).containsExactly("gpt-4");
    assertThat(client().models().list(ChoreoModelListParams.none()).items())
        .extracting(ChoreoModel::id).containsExactly("mystery", "gpt-4");
  }

  @Test
  void noFilterIsThePlainList() {
    assertDocumentedList(client().models().list(ChoreoModelListParams.none()).items());
    assertDocumentedList(client().models().list(ChoreoModelListParams.builder().build()).items());
  }

  @Test
  void requestOptionsApplyToAFilteredList() {
    client().models().list(ANTHROPIC, RequestOptions.builder().header("X-Trace-Id", "t-9").build());
    assertThat(onlyRequest().getHeader("X-Trace-Id")).isEqualTo("t-9");
  }

  @Test
  void badParametersAreRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> ChoreoModelListParams.builder().ownedBy(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChoreoModelListParams.builder().ownedBy("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChoreoModelListParams.builder().ownedBy((String) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ChoreoModelListParams.builder().ownedBy((String[]) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().models().list((ChoreoModelListParams) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().models().withStreamingResponse().list((ChoreoModelListParams) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().async().models().list((ChoreoModelListParams) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().async().models().withStreamingResponse().list((ChoreoModelListParams) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().models().list(ANTHROPIC, null)).isInstanceOf(NullPointerException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void paramsAreValues() {
    ChoreoModelListParams a = ChoreoModelListParams.builder().ownedBy("OpenAI", " anthropic ").build();
    assertThat(a.ownedBy()).containsExactly("openai", "anthropic");
    assertThat(a).isEqualTo(ChoreoModelListParams.builder().ownedBy("openai").ownedBy("anthropic").build());
    assertThat(a.hashCode())
        .isEqualTo(ChoreoModelListParams.builder().ownedBy("openai").ownedBy("anthropic").build().hashCode());
    assertThat(a).isNotEqualTo(ANTHROPIC);
    assertThat(ChoreoModelListParams.builder().build()).isEqualTo(ChoreoModelListParams.none());
    assertThatThrownBy(() -> a.ownedBy().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilderStartsFromTheSameOwners() {
    ChoreoModelListParams openai = ChoreoModelListParams.builder().ownedBy("openai").build();
    assertThat(openai.toBuilder().build()).isEqualTo(openai);
    assertThat(openai.toBuilder().ownedBy(" Anthropic").build().ownedBy()).containsExactly("openai", "anthropic");
    assertThat(openai.ownedBy()).containsExactly("openai");
    assertThat(ChoreoModelListParams.none().toBuilder().build()).isEqualTo(ChoreoModelListParams.none());
    assertThat(openai).hasToString("ChoreoModelListParams{ownedBy=[openai]}");
  }
}
