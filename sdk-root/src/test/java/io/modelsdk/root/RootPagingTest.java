package io.modelsdk.root;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Model;
import io.modelsdk.core.Page;
import io.modelsdk.core.errors.PagingException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Cursor paging: {@code next} as a whole URL (asked for by its cursor) or as a bare cursor (sent as
 * {@code cursor}), a cursor that does not advance, the {@code limit}, and the list query parameters. A
 * link to another origin is {@code RootNextLinkTest}'s.
 */
class RootPagingTest extends RootWireMockTest {
  private static MappingBuilder listing() {
    return get(urlPathEqualTo("/v1/models/"));
  }

  /** A page of models {@code m<from>..m<to-1>} with the given {@code next} (null for none). */
  static String page(int from, int to, String next) {
    String items = IntStream.range(from, to)
        .mapToObj(i -> "{\"id\":\"m" + i + "\",\"name\":\"model-" + i + "\",\"owner\":{\"email\":\"a@b.c\","
            + "\"full_name\":\"A\"},\"provider\":null,\"visibility\":\"PUBLIC\"}")
        .collect(Collectors.joining(","));
    return "{\"next\":" + (next == null ? "null" : "\"" + next + "\"") + ",\"previous\":null,\"results\":[" + items + "]}";
  }

  private static List<String> ids(Iterable<RootModel> models) {
    return java.util.stream.StreamSupport.stream(models.spliterator(), false).map(Model::id)
        .collect(Collectors.toList());
  }

  private static List<String> urls() {
    return requests().stream().map(LoggedRequest::getUrl).collect(Collectors.toList());
  }

  @Test
  void aWholeUrlNextIsAskedForByItsCursorWithTheSameQuery() {
    String link = SERVER.baseUrl() + "/v1/models/?cursor=cD00ODY%3D&page_size=2";
    SERVER.stubFor(listing().withQueryParam("cursor", absent()).willReturn(json(200, page(0, 2, link))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("cD00ODY=")).willReturn(json(200, page(2, 3, null))));
    Page<RootModel> first = client().models().list(RootModelListParams.builder().pageSize(2).build());
    assertThat(first.hasNextPage()).isTrue();
    assertThat(ids(first.autoPager())).containsExactly("m0", "m1", "m2");
    assertThat(urls()).containsExactly("/v1/models/?page_size=2", "/v1/models/?cursor=cD00ODY%3D&page_size=2");
  }

  @Test
  void aBareCursorIsSentAsTheCursorParameterWithTheSameQuery() {
    SERVER.stubFor(listing().withQueryParam("cursor", absent()).willReturn(json(200, page(0, 2, "cD00ODY="))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("cD00ODY=")).willReturn(json(200, page(2, 4, "cj0xJnA9NDg3"))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("cj0xJnA9NDg3")).willReturn(json(200, page(4, 5, null))));
    RootModelListParams params = RootModelListParams.builder().addCapableOf("chat", "vision").ordering("-name").build();
    assertThat(ids(client().models().list(params).autoPager())).containsExactly("m0", "m1", "m2", "m3", "m4");
    assertThat(urls()).containsExactly(
        "/v1/models/?capable_of=chat%2Cvision&ordering=-name",
        "/v1/models/?capable_of=chat%2Cvision&cursor=cD00ODY%3D&ordering=-name",
        "/v1/models/?capable_of=chat%2Cvision&cursor=cj0xJnA9NDg3&ordering=-name");
  }

  @Test
  void asyncAutoPagerFollowsBothKindsOfNext() throws Exception {
    String link = SERVER.baseUrl() + "/v1/models/?cursor=bGluaw";
    SERVER.stubFor(listing().withQueryParam("cursor", absent()).willReturn(json(200, page(0, 1, "dG9rZW4"))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("dG9rZW4")).willReturn(json(200, page(1, 2, link))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("bGluaw")).willReturn(json(200, page(2, 3, null))));
    AsyncPage<RootModel> first = client().async().models().list().get(10, TimeUnit.SECONDS);
    List<RootModel> all = first.autoPager().toList().get(10, TimeUnit.SECONDS);
    assertThat(all).extracting(Model::id).containsExactly("m0", "m1", "m2");
  }

  @Test
  void aCursorThatDoesNotAdvanceStopsWithPagingException() {
    SERVER.stubFor(listing().withQueryParam("cursor", absent()).willReturn(json(200, page(0, 1, "c2FtZQ"))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("c2FtZQ")).willReturn(json(200, page(1, 2, "c2FtZQ"))));
    Page<RootModel> second = client().models().list().nextPage();
    assertThat(second.hasNextPage()).isTrue();
    assertThatThrownBy(second::nextPage).isInstanceOf(PagingException.class).hasMessageContaining("same next-page cursor");
    assertThat(requests()).hasSize(2);
  }

  @Test
  void aLinkThatDoesNotAdvanceStopsWithPagingExceptionEvenWithALimit() {
    String link = SERVER.baseUrl() + "/v1/models/?cursor=c2FtZQ";
    SERVER.stubFor(listing().withQueryParam("cursor", absent()).willReturn(json(200, page(0, 1, link))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("c2FtZQ")).willReturn(json(200, page(1, 2, link))));
    Page<RootModel> first = client().models().list(RootModelListParams.builder().limit(50).pageSize(1).build());
    assertThatThrownBy(() -> ids(first.autoPager())).isInstanceOf(PagingException.class);
    assertThat(requests()).hasSize(2);
  }

  @Test
  void limitLowersThePageSizeAndStopsWhenReached() {
    SERVER.stubFor(listing().withQueryParam("cursor", absent()).willReturn(json(200, page(0, 2, "Mg"))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("Mg")).willReturn(json(200, page(2, 3, "Mw"))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("Mw")).willReturn(json(200, page(3, 5, null))));
    RootModelListParams params = RootModelListParams.builder().pageSize(2).limit(3).build();
    assertThat(ids(client().models().list(params).autoPager())).containsExactly("m0", "m1", "m2");
    assertThat(urls()).containsExactly("/v1/models/?page_size=2", "/v1/models/?cursor=Mg&page_size=1");
  }

  @Test
  void limitWithoutAPageSizeAsksForTheRemainder() {
    SERVER.stubFor(listing().willReturn(json(200, page(0, 2, null))));
    client().models().list(RootModelListParams.builder().limit(100).build());
    assertThat(urls()).containsExactly("/v1/models/?page_size=100");
  }

  @Test
  void limitRewritesThePageSizeOfAWholeUrlNext() {
    String link = SERVER.baseUrl() + "/v1/models/?cursor=Mg&page_size=4";
    SERVER.stubFor(listing().withQueryParam("cursor", absent()).willReturn(json(200, page(0, 4, link))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("Mg")).willReturn(json(200, page(4, 5, null))));
    RootModelListParams params = RootModelListParams.builder().pageSize(4).limit(5).build();
    assertThat(ids(client().models().list(params).autoPager())).containsExactly("m0", "m1", "m2", "m3", "m4");
    assertThat(urls()).containsExactly("/v1/models/?page_size=4", "/v1/models/?cursor=Mg&page_size=1");
  }

  @Test
  void asyncLimitStopsToo() throws Exception {
    SERVER.stubFor(listing().withQueryParam("cursor", absent()).willReturn(json(200, page(0, 2, "Mg"))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("Mg")).willReturn(json(200, page(2, 4, "NA"))));
    RootModelListParams params = RootModelListParams.builder().pageSize(2).limit(4).build();
    AsyncPage<RootModel> first = client().async().models().list(params).get(10, TimeUnit.SECONDS);
    assertThat(first.autoPager().toList().get(10, TimeUnit.SECONDS)).extracting(Model::id)
        .containsExactly("m0", "m1", "m2", "m3");
    assertThat(requests()).hasSize(2);
  }

  @Test
  void withoutALimitPagingGoesOnUntilNextIsNull() {
    SERVER.stubFor(listing().withQueryParam("cursor", absent()).willReturn(json(200, page(0, 100, "MTAw"))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("MTAw")).willReturn(json(200, page(100, 150, null))));
    assertThat(client().models().list().stream().count()).isEqualTo(150);
    assertThat(urls()).containsExactly("/v1/models/", "/v1/models/?cursor=MTAw");
  }
}
