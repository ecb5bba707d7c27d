package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.modelsdk.core.reliability.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.Page;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.errors.ResponseTooLargeException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import io.modelsdk.core.internal.Internals;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Streaming responses: a list iterates item by item from the wire (20,000 items; a broken tail fails
 * only when reached), the body can be taken once, and {@code close()} gives the connection back to the
 * pool, whether the body was read to its end or not.
 */
class StreamingListTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final int MANY = 20_000;
  private static final String MANY_BODY = Wire.page(Wire.ids("m-", MANY), null);

  private FakeClient client;

  @BeforeAll
  static void size() {
    assertThat(MANY_BODY.length()).isGreaterThan(MANY * 30);
  }

  @BeforeEach
  void start() {
    client = Wire.client(SERVER.baseUrl()).maxRetries(0).maxResponseBytes(8L * 1024 * 1024).build();
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200, MANY_BODY)));
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private ConnectionPool pool() {
    return Internals.http(client.runtime()).connectionPool();
  }

  private void assertNoConnectionInUse() {
    assertThat(pool().connectionCount()).isEqualTo(pool().idleConnectionCount());
  }

  private void assertAConnectionInUse() {
    assertThat(pool().connectionCount()).isGreaterThan(pool().idleConnectionCount());
  }

  @Test
  void twentyThousandItemsIterateInOrder() {
    int count = 0;
    try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
      assertThat(s.statusCode()).isEqualTo(200);
      for (FakeModel m : s) {
        assertThat(m.id()).isEqualTo("m-" + count);
        count++;
      }
    }
    assertThat(count).isEqualTo(MANY);
    assertNoConnectionInUse();
  }

  @Test
  void twentyThousandItemsStreamAsync() throws Exception {
    long count;
    try (StreamingListResponse<FakeModel> s =
        client.asyncModels().withStreamingResponse().list().get(10, TimeUnit.SECONDS)) {
      count = s.stream().count();
    }
    assertThat(count).isEqualTo(MANY);
    assertNoConnectionInUse();
  }

  @Test
  void aLimitBelowTheBodyStopsTheIteration() {
    try (FakeClient small = Wire.client(SERVER.baseUrl()).maxRetries(0).maxResponseBytes(MANY_BODY.length() / 2).build();
        StreamingListResponse<FakeModel> s = small.models().withStreamingResponse().list()) {
      List<String> seen = new ArrayList<>();
      assertThatThrownBy(() -> s.forEach(m -> seen.add(m.id()))).isInstanceOf(ResponseTooLargeException.class);
      // Items came one by one up to the limit, not all or none.
      assertThat(seen.size()).isBetween(MANY / 4, MANY * 3 / 4);
    }
  }

  @Test
  void itemsAreParsedOneByOneSoABrokenTailFailsOnlyWhenReached() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200,
        "{\"data\":[" + Wire.model("a") + "," + Wire.model("b") + ",{\"id\":\"c\",\"owned_by\":}")));

    try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
      Iterator<FakeModel> it = s.iterator();
      assertThat(it.next().id()).isEqualTo("a");
      assertThat(it.next().id()).isEqualTo("b");
      assertThatThrownBy(it::next).isInstanceOfSatisfying(ResponseParseException.class,
          e -> assertThat(e.jsonPath()).hasValueSatisfying(p -> assertThat(p).startsWith("data[2]")));
      assertThat(it.hasNext()).isFalse();
    }
    assertNoConnectionInUse();
  }

  @Test
  void theBodyCanBeTakenOnlyOnce() throws IOException {
    try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
      Iterator<FakeModel> it = s.iterator();
      assertThat(it.next().id()).isEqualTo("m-0");
      assertThatThrownBy(s::iterator).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(s::body).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(s::parse).isInstanceOf(IllegalStateException.class);
    }
    try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
      try (InputStream in = s.body()) {
        assertThat(in.read()).isEqualTo('{');
      }
      assertThatThrownBy(s::body).isInstanceOf(IllegalStateException.class).hasMessageContaining("once");
      assertThatThrownBy(s::iterator).isInstanceOf(IllegalStateException.class);
    }
    try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
      Page<FakeModel> page = s.parse();
      assertThat(page.items()).hasSize(MANY);
      assertThatThrownBy(s::body).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void theBodyCannotBeReadAfterClose() {
    StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list();
    s.close();
    s.close(); // twice is fine

    assertThatThrownBy(s::body).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertNoConnectionInUse();
  }

  @Test
  void closeReleasesTheConnectionOfAnUnreadBody() {
    StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list();
    assertAConnectionInUse();

    s.close();

    assertNoConnectionInUse();
  }

  @Test
  void closeReleasesTheConnectionOfAPartlyReadBody() {
    StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list();
    Iterator<FakeModel> it = s.iterator();
    for (int i = 0; i < 10; i++) {
      it.next();
    }
    assertAConnectionInUse();

    s.close();

    assertNoConnectionInUse();
  }

  @Test
  void closeReleasesTheConnectionOfAnUnreadRetrieve() {
    SERVER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(json(200, Wire.model("m"))));
    StreamingResponse<FakeModel> s = client.models().withStreamingResponse().retrieve("m");
    assertAConnectionInUse();

    s.close();

    assertNoConnectionInUse();
  }

  @Test
  void manyStreamsClosedEarlyLeakNoConnection() {
    for (int i = 0; i < 20; i++) {
      try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
        s.iterator().next();
      }
    }
    assertNoConnectionInUse();
    assertThat(SERVER.getAllServeEvents()).hasSize(20);
  }
}
