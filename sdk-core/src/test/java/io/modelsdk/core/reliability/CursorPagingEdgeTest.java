package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.modelsdk.core.reliability.Wire.ids;
import static io.modelsdk.core.reliability.Wire.json;
import static io.modelsdk.core.reliability.Wire.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Page;
import io.modelsdk.core.errors.PagingException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * H1 to H4: cursor paging against a server that misbehaves or is only partly read. A cursor that does
 * not advance, or comes back after others, stops with a {@link PagingException} instead of looping; an empty page that says "more"
 * is skipped; a cursor full of URL delimiters reaches the server unchanged; the auto-pager fetches a page
 * only when iteration reaches it; the page cap holds.
 */
class CursorPagingEdgeTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private FakeClient client;

  @BeforeEach
  void start() {
    client = Wire.client(SERVER.baseUrl()).maxRetries(0).build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private static void first(List<String> items, String next) {
    SERVER.stubFor(get(urlPathEqualTo("/models")).withQueryParam("after", absent())
        .willReturn(json(200, page(items, next))));
  }

  private static void after(String cursor, List<String> items, String next) {
    SERVER.stubFor(get(urlPathEqualTo("/models")).withQueryParam("after", equalTo(cursor))
        .willReturn(json(200, page(items, next))));
  }

  private static int requests() {
    return SERVER.getAllServeEvents().size();
  }

  private static List<String> idsOf(Iterable<FakeModel> models) {
    List<String> out = new ArrayList<>();
    models.forEach(m -> out.add(m.id()));
    return out;
  }

  @Test
  void aCursorThatDoesNotAdvanceStopsAfterTheSecondRequest() {
    first(ids("a", 2), "c1");
    after("c1", ids("b", 2), "c1");

    Iterator<FakeModel> it = client.models().list().autoPager().iterator();
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> it.forEachRemaining(m -> seen.add(m.id())))
        .isInstanceOf(PagingException.class).hasMessageContaining("same next-page cursor");

    assertThat(seen).containsExactly("a0", "a1", "b0", "b1");
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void aCursorThatDoesNotAdvanceStopsTheAsyncWalkToo() {
    first(ids("a", 1), "c1");
    after("c1", ids("b", 1), "c1");

    assertThatThrownBy(() -> client.asyncModels().list().thenCompose(p -> p.autoPager().toList()).join())
        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(PagingException.class);
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void emptyPagesThatSayMoreAreWalkedThrough() {
    first(Collections.emptyList(), "c1");
    after("c1", Collections.emptyList(), "c2");
    after("c2", ids("z", 2), "c3");
    after("c3", Collections.emptyList(), null);

    Page<FakeModel> firstPage = client.models().list();

    assertThat(firstPage.items()).isEmpty();
    assertThat(firstPage.hasNextPage()).isTrue();
    assertThat(idsOf(firstPage.autoPager())).containsExactly("z0", "z1");
    assertThat(requests()).isEqualTo(4);
  }

  @Test
  void emptyPagesThatSayMoreAreWalkedThroughAsync() throws Exception {
    first(Collections.emptyList(), "c1");
    after("c1", Collections.emptyList(), "c2");
    after("c2", ids("z", 2), null);

    List<FakeModel> all = client.asyncModels().list().thenCompose(p -> p.autoPager().toList()).get(10, TimeUnit.SECONDS);

    assertThat(all).extracting(FakeModel::id).containsExactly("z0", "z1");
    assertThat(requests()).isEqualTo(3);
  }

  @Test
  void aCursorWithUrlDelimitersReachesTheServerUnchanged() {
    String cursor = "a+b/c=d&e=f g%2F?#é==";
    first(ids("a", 1), cursor);
    after(cursor, ids("b", 1), null);

    assertThat(idsOf(client.models().list().autoPager())).containsExactly("a0", "b0");

    assertThat(requests()).isEqualTo(2);
    SERVER.verify(1, getRequestedFor(urlPathEqualTo("/models")).withQueryParam("after", equalTo(cursor)));
    assertThat(SERVER.getAllServeEvents()).anySatisfy(e -> {
      assertThat(e.getRequest().queryParameter("after").values()).containsExactly(cursor);
      assertThat(e.getRequest().getQueryParams()).containsOnlyKeys("after");
    });
  }

  @Test
  void readingTheFirstItemsOfALongListMakesOneRequest() {
    first(ids("a", 3), "c1");
    after("c1", ids("b", 3), "c2");
    after("c2", ids("c", 3), null);

    Page<FakeModel> page = client.models().list();
    List<String> firstThree = new ArrayList<>();
    for (FakeModel m : page.autoPager()) {
      firstThree.add(m.id());
      if (firstThree.size() == 3) {
        break;
      }
    }
    assertThat(firstThree).containsExactly("a0", "a1", "a2");
    assertThat(requests()).isEqualTo(1);

    assertThat(page.stream().limit(3).map(FakeModel::id).collect(Collectors.toList()))
        .containsExactly("a0", "a1", "a2");
    assertThat(requests()).isEqualTo(1);

    assertThat(page.stream().limit(4).map(FakeModel::id).collect(Collectors.toList()))
        .containsExactly("a0", "a1", "a2", "b0");
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void stoppingTheAsyncWalkEarlyFetchesNoMorePages() throws Exception {
    first(ids("a", 3), "c1");
    after("c1", ids("b", 3), null);

    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    client.asyncModels().list().thenCompose(p -> p.autoPager().forEach(m -> {
      seen.add(m.id());
      return seen.size() < 2;
    })).get(10, TimeUnit.SECONDS);

    assertThat(seen).containsExactly("a0", "a1");
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void thePageCapHolds() {
    first(ids("a", 2), "c1");
    after("c1", ids("b", 2), "c2");
    after("c2", ids("c", 2), null);

    try (FakeClient capped = Wire.client(SERVER.baseUrl()).maxPages(2).build()) {
      List<String> seen = new ArrayList<>();
      assertThatThrownBy(() -> capped.models().list().autoPager().forEach(m -> seen.add(m.id())))
          .isInstanceOf(PagingException.class).hasMessageContaining("page cap of 2");
      assertThat(seen).containsExactly("a0", "a1", "b0", "b1");
      assertThat(requests()).isEqualTo(2);

      assertThatThrownBy(() -> capped.asyncModels().list().thenCompose(p -> p.autoPager().toList()).join())
          .hasCauseInstanceOf(PagingException.class);
      assertThat(requests()).isEqualTo(4);
    }
  }

  @Test
  void aCursorCycleStopsWhenACursorComesBack() {
    first(ids("a", 1), "c1");
    after("c1", ids("b", 1), "c2");
    after("c2", ids("c", 1), "c1");

    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> client.models().list().autoPager().forEach(m -> seen.add(m.id())))
        .isInstanceOf(PagingException.class)
        .hasMessageContaining("on page 3").hasMessageContaining("already fetched page 2");
    assertThat(seen).containsExactly("a0", "b0", "c0");
    assertThat(requests()).isEqualTo(3);

    assertThatThrownBy(() -> client.asyncModels().list().thenCompose(p -> p.autoPager().toList()).join())
        .hasCauseInstanceOf(PagingException.class);
    assertThat(requests()).isEqualTo(6);
  }

  @Test
  void nextPageOfTheLastPageIsRefused() {
    first(ids("a", 1), null);

    Page<FakeModel> page = client.models().list();
    AsyncPage<FakeModel> asyncPage = client.asyncModels().list().join();

    assertThat(page.hasNextPage()).isFalse();
    assertThatThrownBy(page::nextPage).isInstanceOf(java.util.NoSuchElementException.class);
    assertThatThrownBy(() -> asyncPage.nextPage().join()).hasCauseInstanceOf(java.util.NoSuchElementException.class);
    assertThat(requests()).isEqualTo(2);
  }
}
