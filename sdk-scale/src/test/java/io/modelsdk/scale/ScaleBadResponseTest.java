package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ResponseParseException;
import org.junit.jupiter.api.Test;

/**
 * Answers that are not the expected shape fail with a ResponseParseException naming the field; a
 * create whose connection drops says its outcome is unknown instead of sending it again.
 */
class ScaleBadResponseTest extends ScaleWireMockTest {
  private static void answer(String body) {
    SERVER.stubFor(any(anyUrl()).willReturn(json(200, body)));
  }

  @Test
  void aPageWithoutTheTotalNamesIt() { // by its Java name, as Immutables reports it
    answer("{\"items\":[],\"current_page\":1,\"items_per_page\":100}");
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(ResponseParseException.class,
            e -> assertThat(e.getMessage()).contains("[totalItemCount]"));
  }

  @Test
  void aListItemWithoutAModelTypeNamesTheItem() {
    answer("{\"items\":[{\"id\":\"a\",\"name\":\"a\",\"model_type\":\"AGENT\"},{\"id\":\"b\",\"name\":\"b\"}],"
        + "\"total_item_count\":2,\"current_page\":1,\"items_per_page\":100}");
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.jsonPath()).hasValueSatisfying(p -> assertThat(p).startsWith("items[1]"));
          assertThat(e.getMessage()).contains("[modelType]").doesNotContain(KEY);
        });
  }

  @Test
  void aDeleteAnswerThatIsNotCountAndSuccessFails() {
    answer("{\"deleted\":true}");
    assertThatThrownBy(() -> client().models().delete("mi_1")).isInstanceOf(ResponseParseException.class);
  }

  @Test
  void htmlInsteadOfJsonIsNotRetried() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>login</html>")));
    assertThatThrownBy(() -> client().models().retrieve("mi_1"))
        .isInstanceOfSatisfying(ResponseParseException.class,
            e -> assertThat(e.contentType()).hasValue("text/html"));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void aCreateWhoseConnectionDropsIsSentOnceWithAnUnknownOutcome() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> client().models().create(ScaleFixture.CREATE))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
          assertThat(e.outcomeUnknown()).isTrue();
          assertThat(e.getMessage()).doesNotContain(KEY);
        });
    assertThat(requests()).hasSize(1);
  }

  @Test
  void requestOptionsOfAListReachEveryPage() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(200, "{\"items\":[{\"id\":\"a\",\"name\":\"a\","
        + "\"model_type\":\"AGENT\"}],\"total_item_count\":2,\"current_page\":1,\"items_per_page\":1}")));
    SERVER.stubFor(any(anyUrl()).withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2"))
        .willReturn(json(200, "{\"items\":[{\"id\":\"b\",\"name\":\"b\",\"model_type\":\"AGENT\"}],"
            + "\"total_item_count\":2,\"current_page\":2,\"items_per_page\":1}")));
    RequestOptions trace = RequestOptions.builder().header("X-Trace-Id", "t-7").build();
    assertThat(client().models().list(ScaleModelListParams.builder().limit(1).build(), trace).stream()
        .map(ScaleModel::id)).containsExactly("a", "b");
    assertThat(requests()).hasSize(2).allSatisfy(r -> assertThat(r.getHeader("X-Trace-Id")).isEqualTo("t-7"));
  }
}
