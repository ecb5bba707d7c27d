package io.modelsdk.root;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.modelsdk.root.RootPagingTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.CallEvent;
import io.modelsdk.core.CallListener;
import io.modelsdk.core.Model;
import io.modelsdk.core.Page;
import io.modelsdk.core.errors.PagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A whole-URL {@code next} as Django REST Framework builds it, from the request it received: behind a
 * TLS-terminating proxy or a host alias it names {@code http://} or an internal host. The SDK takes the
 * link's cursor and asks its own base URL with its own query, so paging goes on and the key goes nowhere
 * else. {@link #FOREIGN} stands for the link's host and answers anything: it must see no request.
 */
class RootNextLinkTest extends RootWireMockTest {
  @RegisterExtension
  static final WireMockExtension FOREIGN = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
      .build();

  private static final RootModelListParams TWO = RootModelListParams.builder().pageSize(2).build();

  /** The URL of every request the client started, as its listener saw them. */
  private final List<String> started = new CopyOnWriteArrayList<>();

  @Override
  protected RootClient newClient() {
    return builder().listener(new CallListener() {
      @Override
      public void requestStart(CallEvent call) {
        started.add(call.url());
      }
    }).build();
  }

  private static MappingBuilder listing() {
    return get(urlPathEqualTo("/v1/models/"));
  }

  /** Three models in two pages; the first names the second by {@code link}, which carries cursor {@code abc}. */
  private void twoPagesLinkedBy(String link) {
    FOREIGN.stubFor(any(anyUrl()).willReturn(json(200, page(7, 9, null))));
    SERVER.stubFor(listing().withQueryParam("cursor", absent()).willReturn(json(200, page(0, 2, link))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo("abc")).willReturn(json(200, page(2, 3, null))));
  }

  private String foreignLink() {
    return FOREIGN.baseUrl() + "/v1/models/?cursor=abc&page_size=2";
  }

  /** Every request went to the base URL with the key, the second with the link's cursor; none went elsewhere. */
  @AfterEach
  void onlyTheBaseUrlWasCalled() {
    assertThat(FOREIGN.getAllServeEvents()).isEmpty();
    assertThat(started).allSatisfy(url -> assertThat(url).startsWith(SERVER.baseUrl() + "/v1/models/"));
    assertThat(requests()).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Api-Key " + KEY));
  }

  private static List<String> urls() {
    return requests().stream().map(LoggedRequest::getUrl).collect(Collectors.toList());
  }

  private static List<String> ids(Iterable<RootModel> models) {
    List<String> ids = new ArrayList<>();
    models.forEach(m -> ids.add(m.id()));
    return ids;
  }

  @Test
  void aLinkToAnInternalHostIsAskedForAtTheBaseUrlByItsCursor() {
    twoPagesLinkedBy("http://internal-host:8000/v1/models/?cursor=abc&page_size=2");
    Page<RootModel> second = client().models().list(TWO).nextPage();
    assertThat(second.items()).extracting(Model::id).containsExactly("m2");
    assertThat(second.hasNextPage()).isFalse();
    assertThat(urls()).containsExactly("/v1/models/?page_size=2", "/v1/models/?cursor=abc&page_size=2");
    assertThat(started).hasSize(2);
  }

  @Test
  void theSyncAutoPagerWalksPastALinkToAnotherOrigin() {
    twoPagesLinkedBy(foreignLink());
    assertThat(ids(client().models().list(TWO).autoPager())).containsExactly("m0", "m1", "m2");
    assertThat(urls()).containsExactly("/v1/models/?page_size=2", "/v1/models/?cursor=abc&page_size=2");
  }

  @Test
  void anAsyncNextPageFollowsALinkToAnotherOriginAtTheBaseUrl() throws Exception {
    twoPagesLinkedBy(foreignLink());
    AsyncPage<RootModel> first = client().async().models().list(TWO).get(10, TimeUnit.SECONDS);
    AsyncPage<RootModel> second = first.nextPage().get(10, TimeUnit.SECONDS);
    assertThat(second.items()).extracting(Model::id).containsExactly("m2");
    assertThat(urls()).containsExactly("/v1/models/?page_size=2", "/v1/models/?cursor=abc&page_size=2");
  }

  @Test
  void theAsyncAutoPagerWalksPastALinkToAnotherOrigin() throws Exception {
    twoPagesLinkedBy("https://internal-host/v1/models/?cursor=abc&page_size=2");
    AsyncPage<RootModel> first = client().async().models().list(TWO).get(10, TimeUnit.SECONDS);
    assertThat(first.autoPager().toList().get(10, TimeUnit.SECONDS)).extracting(Model::id)
        .containsExactly("m0", "m1", "m2");
    assertThat(urls()).containsExactly("/v1/models/?page_size=2", "/v1/models/?cursor=abc&page_size=2");
  }

  /** Even on the base URL's origin, the link gives its cursor alone: what else it says is not the user's query. */
  @Test
  void aLinkOnTheSameOriginIsAskedForByItsCursorToo() {
    twoPagesLinkedBy(SERVER.baseUrl() + "/v1/models/?cursor=abc&ordering=-created&page_size=2");
    assertThat(ids(client().models().list(TWO).autoPager())).containsExactly("m0", "m1", "m2");
    assertThat(urls()).containsExactly("/v1/models/?page_size=2", "/v1/models/?cursor=abc&page_size=2");
  }

  @Test
  void onlyTheCursorIsTakenFromTheLinkTheRestOfTheQueryIsTheUsers() {
    twoPagesLinkedBy("http://internal-host:8000/v1/models/?capable_of=vision&cursor=abc&ordering=-created&page_size=99");
    RootModelListParams params = RootModelListParams.builder().addCapableOf("chat").ordering("name").pageSize(2)
        .build();
    assertThat(ids(client().models().list(params).autoPager())).containsExactly("m0", "m1", "m2");
    assertThat(urls()).containsExactly("/v1/models/?capable_of=chat&ordering=name&page_size=2",
        "/v1/models/?capable_of=chat&cursor=abc&ordering=name&page_size=2");
  }

  @Test
  void theLinksCursorIsDecodedOnceAndSentAsItWas() {
    String cursor = "cj0xJnA9NDg3+/=";
    SERVER.stubFor(listing().withQueryParam("cursor", absent()).willReturn(json(200,
        page(0, 1, "http://internal-host:8000/v1/models/?cursor=cj0xJnA9NDg3%2B%2F%3D"))));
    SERVER.stubFor(listing().withQueryParam("cursor", equalTo(cursor)).willReturn(json(200, page(1, 2, null))));
    assertThat(ids(client().models().list().autoPager())).containsExactly("m0", "m1");
    assertThat(requests().get(1).queryParameter("cursor").firstValue()).isEqualTo(cursor);
  }

  @Test
  void aLinkWithoutACursorToAnotherOriginIsRefusedWithoutARequest() {
    SERVER.stubFor(listing().willReturn(json(200, page(0, 1, FOREIGN.baseUrl() + "/v1/models/?page=2"))));
    Page<RootModel> first = client().models().list();
    assertThatThrownBy(first::nextPage).isInstanceOf(PagingException.class).hasMessageContaining("another origin");
    assertThat(requests()).hasSize(1);
  }

  @Test
  void aLinkWithoutACursorOnTheSameOriginIsFollowedAsGiven() {
    SERVER.stubFor(listing().withQueryParam("ordering", absent())
        .willReturn(json(200, page(0, 1, SERVER.baseUrl() + "/v1/models/?ordering=name"))));
    SERVER.stubFor(listing().withQueryParam("ordering", equalTo("name")).willReturn(json(200, page(1, 2, null))));
    assertThat(ids(client().models().list().autoPager())).containsExactly("m0", "m1");
    assertThat(urls()).containsExactly("/v1/models/", "/v1/models/?ordering=name");
  }
}
