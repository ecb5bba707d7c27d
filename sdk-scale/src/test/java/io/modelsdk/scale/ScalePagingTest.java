package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Page;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.errors.PagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Paging by page number: pages follow while {@code current_page * items_per_page < total_item_count}
 * and the page is not empty; the following pages keep every other parameter.
 */
class ScalePagingTest extends ScaleWireMockTest {
  private static final ScaleModelListParams TWO_PER_PAGE = ScaleModelListParams.builder().limit(2)
      .addSortBy(ScaleModelSortBy.NAME_ASC).modelType(ScaleModelType.COMPLETION).build();

  private static String model(String id) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"model_type\":\"COMPLETION\","
        + "\"created_by_identity_type\":\"user\"}";
  }

  private static String page(int current, int perPage, long total, String... ids) {
    String items = java.util.Arrays.stream(ids).map(ScalePagingTest::model).collect(Collectors.joining(","));
    return "{\"items\":[" + items + "],\"total_item_count\":" + total + ",\"current_page\":" + current
        + ",\"items_per_page\":" + perPage + "}";
  }

  private static void stubPage(StringValuePattern page, String body) {
    SERVER.stubFor(get(urlPathEqualTo("/v4/models")).withQueryParam("page", page).willReturn(json(200, body)));
  }

  /** Five models in pages of two: 2, 2, 1. */
  private static void stubThreePages() {
    stubPage(absent(), page(1, 2, 5, "m1", "m2"));
    stubPage(equalTo("2"), page(2, 2, 5, "m3", "m4"));
    stubPage(equalTo("3"), page(3, 2, 5, "m5"));
  }

  private static List<String> pageParams() {
    return requests().stream().map(r -> r.getUrl()).collect(Collectors.toList());
  }

  private static void assertThreePagesRequested() {
    assertThat(pageParams()).containsExactly(
        "/v4/models?sort_by=name%3Aasc&limit=2&model_type=COMPLETION",
        "/v4/models?sort_by=name%3Aasc&page=2&limit=2&model_type=COMPLETION",
        "/v4/models?sort_by=name%3Aasc&page=3&limit=2&model_type=COMPLETION");
  }

  /** {@code list.json} holds all three of its models: {@code 1 * 100 >= 3}, so no page follows, sync or async. */
  @Test
  void theDocumentedListIsOnePage() throws Exception {
    SERVER.stubFor(get(urlPathEqualTo("/v4/models")).willReturn(fixture("list.json")));
    Page<ScaleModel> page = client().models().list();
    assertThat(page.items()).extracting(ScaleModel::id).containsExactlyElementsOf(ScaleFixture.LIST_IDS);
    assertThat(page.hasNextPage()).isFalse();
    AsyncPage<ScaleModel> asyncPage = client().async().models().list().get(10, TimeUnit.SECONDS);
    assertThat(asyncPage.items()).extracting(ScaleModel::id).containsExactlyElementsOf(ScaleFixture.LIST_IDS);
    assertThat(asyncPage.hasNextPage()).isFalse();
    assertThat(requests()).hasSize(2);
  }

  @Test
  void syncAutoPagerWalksThreePages() {
    stubThreePages();
    Page<ScaleModel> first = client().models().list(TWO_PER_PAGE);
    assertThat(first.hasNextPage()).isTrue();
    List<String> ids = new ArrayList<>();
    first.autoPager().forEach(m -> ids.add(m.id()));
    assertThat(ids).containsExactly("m1", "m2", "m3", "m4", "m5");
    assertThreePagesRequested();
  }

  @Test
  void nextPageByHandEndsOnTheThird() {
    stubThreePages();
    Page<ScaleModel> third = client().models().list(TWO_PER_PAGE).nextPage().nextPage();
    assertThat(third.items()).extracting(ScaleModel::id).containsExactly("m5");
    assertThat(third.hasNextPage()).isFalse();
  }

  @Test
  void asyncAutoPagerToListWalksThreePages() throws Exception {
    stubThreePages();
    AsyncPage<ScaleModel> first = client().async().models().list(TWO_PER_PAGE).get(10, TimeUnit.SECONDS);
    List<ScaleModel> all = first.autoPager().toList().get(10, TimeUnit.SECONDS);
    assertThat(all).extracting(ScaleModel::id).containsExactly("m1", "m2", "m3", "m4", "m5");
    assertThreePagesRequested();
  }

  @Test
  void asyncAutoPagerForEachWalksThreePages() throws Exception {
    stubThreePages();
    List<String> ids = new ArrayList<>();
    client().async().models().list(TWO_PER_PAGE)
        .thenCompose(p -> p.autoPager().forEach(m -> {
          ids.add(m.id());
          return true;
        }))
        .get(10, TimeUnit.SECONDS);
    assertThat(ids).containsExactly("m1", "m2", "m3", "m4", "m5");
    assertThreePagesRequested();
  }

  @Test
  void streamingListReportsTheNextPage() {
    stubThreePages();
    try (StreamingListResponse<ScaleModel> s = client().models().withStreamingResponse().list(TWO_PER_PAGE)) {
      Page<ScaleModel> page = s.parse();
      assertThat(page.hasNextPage()).isTrue();
      assertThat(page.nextPage().items()).extracting(ScaleModel::id).containsExactly("m3", "m4");
    }
  }

  /**
   * Scale's Python SDK stops when a page is shorter than the limit. Here page 2 holds 2 of 3 (the
   * server filtered one out), yet the total says 7 and 2 * 3 < 7: page 3 is fetched.
   */
  @Test
  void aShortMiddlePageDoesNotEndTheListWhenTheTotalSaysMore() {
    stubPage(absent(), page(1, 3, 7, "a1", "a2", "a3"));
    stubPage(equalTo("2"), page(2, 3, 7, "b1", "b2"));
    stubPage(equalTo("3"), page(3, 3, 7, "c1", "c2"));
    List<String> ids = client().models().list(ScaleModelListParams.builder().limit(3).build()).stream()
        .map(ScaleModel::id).collect(Collectors.toList());
    assertThat(ids).containsExactly("a1", "a2", "a3", "b1", "b2", "c1", "c2");
    assertThat(requests()).hasSize(3);
  }

  @Test
  void anEmptyPageEndsTheListWhateverTheTotalSays() {
    stubPage(absent(), page(1, 2, 10, "m1", "m2"));
    stubPage(equalTo("2"), page(2, 2, 10));
    List<String> ids = client().models().list(ScaleModelListParams.builder().limit(2).build()).stream()
        .map(ScaleModel::id).collect(Collectors.toList());
    assertThat(ids).containsExactly("m1", "m2");
    assertThat(requests()).hasSize(2);
  }

  @Test
  void aFullLastPageEndsTheListWithoutAnotherRequest() {
    stubPage(absent(), page(1, 2, 4, "m1", "m2"));
    stubPage(equalTo("2"), page(2, 2, 4, "m3", "m4"));
    assertThat(client().models().list(ScaleModelListParams.builder().limit(2).build()).stream().count())
        .isEqualTo(4);
    assertThat(requests()).hasSize(2);
  }

  @Test
  void aListStartedAtAPageGoesOnFromIt() {
    stubPage(equalTo("2"), page(2, 2, 5, "m3", "m4"));
    stubPage(equalTo("3"), page(3, 2, 5, "m5"));
    List<String> ids = client().models().list(ScaleModelListParams.builder().page(2).limit(2).build()).stream()
        .map(ScaleModel::id).collect(Collectors.toList());
    assertThat(ids).containsExactly("m3", "m4", "m5");
  }

  @Test
  void aServerThatIgnoresThePageFailsInsteadOfLooping() {
    stubPage(absent(), page(1, 2, 5, "m1", "m2"));
    stubPage(equalTo("2"), page(1, 2, 5, "m1", "m2"));
    Page<ScaleModel> first = client().models().list(ScaleModelListParams.builder().limit(2).build());
    Page<ScaleModel> second = first.nextPage();
    assertThatThrownBy(second::nextPage).isInstanceOf(PagingException.class).hasMessageContaining("scale");
    assertThat(requests()).hasSize(2);
  }

  @Test
  void theClientsPageCapStopsAnEndlessList() {
    IntStream.rangeClosed(1, 4).forEach(i -> stubPage(i == 1 ? absent() : equalTo(String.valueOf(i)),
        page(i, 1, 1_000_000, "m" + i)));
    try (ScaleClient capped = builder().maxPages(3).build()) {
      Iterable<ScaleModel> all = capped.models().list().autoPager();
      List<String> ids = new ArrayList<>();
      assertThatThrownBy(() -> all.forEach(m -> ids.add(m.id()))).isInstanceOf(PagingException.class);
      assertThat(ids).containsExactly("m1", "m2", "m3");
    }
  }
}
