package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.modelsdk.core.reliability.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import io.modelsdk.core.internal.Internals;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * E1 to E4: a model id is always exactly one path segment of {@code /models/{id}}: {@code /} travels as
 * {@code %2F}, {@code :} unchanged, {@code ?}, {@code #} and {@code %} stay inside the segment, and ids
 * that would collapse or climb the path (blank, {@code .}, {@code ..}) are refused before any request.
 */
class PathSegmentEncodingTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private FakeClient client;

  @BeforeEach
  void start() {
    client = Wire.client(SERVER.baseUrl()).maxRetries(0).build();
    SERVER.stubFor(any(anyUrl()).willReturn(json(200, Wire.model("whatever"))));
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private LoggedRequest onlyRequest() {
    assertThat(SERVER.getAllServeEvents()).hasSize(1);
    return SERVER.getAllServeEvents().get(0).getRequest();
  }

  private HttpUrl built(String id) {
    Request request = Internals.request(client.runtime(), FakeClient.RETRIEVE, id);
    return request.url();
  }

  @Test
  void slashIsEncodedInsideOneSegment() {
    client.models().retrieve("ft:org/model");

    assertThat(onlyRequest().getUrl()).isEqualTo("/models/ft:org%2Fmodel");
    assertThat(built("ft:org/model").pathSegments()).containsExactly("models", "ft:org/model");
  }

  @Test
  void colonIsSentUnchanged() {
    client.models().retrieve("ft:gpt-4o-mini:org::abc123");

    assertThat(onlyRequest().getUrl()).isEqualTo("/models/ft:gpt-4o-mini:org::abc123");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\t", " \n ", ".", ".."})
  void blankAndDotIdsAreRefusedBeforeAnyRequest(String id) {
    assertThatThrownBy(() -> client.models().retrieve(id)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model id");
    assertThatThrownBy(() -> client.models().delete(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.models().withRawResponse().retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.models().withStreamingResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.asyncModels().retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.asyncModels().delete(id)).isInstanceOf(IllegalArgumentException.class);

    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void nullIdIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.models().retrieve(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("model id");
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void queryAndFragmentCharactersStayInTheSegment() {
    FakeModel m = client.models().retrieve("gpt-4?x=1#frag");

    assertThat(m.id()).isEqualTo("whatever");
    LoggedRequest r = onlyRequest();
    assertThat(r.getUrl()).isEqualTo("/models/gpt-4%3Fx=1%23frag");
    assertThat(r.getQueryParams()).isEmpty();
    HttpUrl url = built("gpt-4?x=1#frag");
    assertThat(url.query()).isNull();
    assertThat(url.fragment()).isNull();
    assertThat(url.pathSegments()).containsExactly("models", "gpt-4?x=1#frag");
  }

  @Test
  void encodedTraversalStaysEncodedInTheSegment() {
    client.models().retrieve("%2F..%2Fadmin");

    LoggedRequest r = onlyRequest();
    assertThat(r.getUrl()).isEqualTo("/models/%252F..%252Fadmin");
    assertThat(r.getQueryParams()).isEmpty();
    assertThat(built("%2F..%2Fadmin").pathSegments()).containsExactly("models", "%2F..%2Fadmin");
  }

  @Test
  void literalTraversalStaysInTheSegment() {
    client.models().retrieve("../admin");

    assertThat(onlyRequest().getUrl()).isEqualTo("/models/..%2Fadmin");
    assertThat(built("%2e%2e").pathSegments()).containsExactly("models", "%2e%2e");
    assertThat(built("...").pathSegments()).containsExactly("models", "...");
  }
}
