package io.modelsdk.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.errors.ResponseParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Success responses that are not the documented shape fail with a ResponseParseException that says why. */
class OpenAiBadResponseTest extends OpenAiWireMockTest {
  private static final String HTML = "<html><body><h1>502 Bad Gateway</h1></body></html>";

  private static void answer(String body) {
    SERVER.stubFor(any(anyUrl()).willReturn(json(200, body)));
  }

  @Test
  void htmlInsteadOfJson() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html; charset=utf-8").withBody(HTML)));
    assertThatThrownBy(() -> client().models().retrieve("gpt-4o"))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.contentType()).hasValue("text/html; charset=utf-8");
          assertThat(e.bodySnippet()).isEqualTo(HTML);
          assertThat(e.getMessage()).contains("200").contains("text/html");
        });
    assertThat(requests()).as("a parse failure is not retried").hasSize(1);
  }

  @Test
  void htmlInsteadOfJsonAsync() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody(HTML)));
    assertThatThrownBy(() -> client().async().models().list().get(10, TimeUnit.SECONDS))
        .cause().isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.contentType()).hasValue("text/html");
        });
  }

  @Test
  void modelWithoutIdNamesTheMissingField() {
    answer("{\"object\":\"model\",\"created\":1686935002,\"owned_by\":\"openai\"}");
    assertThatThrownBy(() -> client().models().retrieve("gpt-4o"))
        .isInstanceOfSatisfying(ResponseParseException.class, e ->
            assertThat(e.getMessage()).contains("[id]"));
  }

  @Test
  void listItemWithoutIdNamesTheItem() {
    answer("{\"object\":\"list\",\"data\":[{\"id\":\"a\",\"object\":\"model\",\"created\":1,\"owned_by\":\"o\"},"
        + "{\"object\":\"model\",\"created\":1,\"owned_by\":\"o\"}]}");
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.jsonPath()).hasValue("data[1]");
          assertThat(e.getMessage()).contains("data[1]").contains("[id]");
        });
  }

  @Test
  void createdThatIsNotANumberNamesCreated() {
    answer("{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":\"abc\",\"owned_by\":\"openai\"}");
    assertThatThrownBy(() -> client().models().retrieve("gpt-4o"))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.jsonPath()).hasValue("created");
          assertThat(e.getMessage()).contains("created");
        });
  }

  @Test
  void createdThatIsNotANumberNamesItsPathInAList() {
    answer("{\"object\":\"list\",\"data\":[{\"id\":\"a\",\"object\":\"model\",\"created\":\"abc\"}]}");
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(ResponseParseException.class,
            e -> assertThat(e.jsonPath()).hasValue("data[0].created"));
  }

  @Test
  void streamedListItemThatIsBrokenFailsWithAParseException() {
    answer("{\"object\":\"list\",\"data\":[{\"id\":\"a\",\"object\":\"model\",\"created\":1},"
        + "{\"id\":\"b\",\"object\":\"model\",\"created\":\"abc\"}]}");
    try (StreamingListResponse<OpenAiModel> s = client().models().withStreamingResponse().list()) {
      Iterator<OpenAiModel> it = s.iterator();
      assertThat(it.next().id()).isEqualTo("a");
      assertThatThrownBy(it::next).isInstanceOfSatisfying(ResponseParseException.class,
          e -> assertThat(e.getMessage()).contains("created"));
    }
  }

  @Test
  void emptyBodyIsAParseFailure() {
    answer("");
    assertThatThrownBy(() -> client().models().retrieve("gpt-4o")).isInstanceOf(ResponseParseException.class);
  }

  @Test
  void atClassIsKeptAsAPlainValue() {
    answer("{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1,\"owned_by\":\"openai\","
        + "\"@class\":\"java.lang.Runtime\",\"nested\":{\"@class\":\"java.lang.ProcessBuilder\"}}");
    OpenAiModel model = client().models().retrieve("gpt-4o");
    assertThat(model.additionalProperties().get("@class")).isEqualTo("java.lang.Runtime");
    assertThat(model.additionalProperties().get("nested")).isEqualTo(Map.of("@class", "java.lang.ProcessBuilder"));
    assertThat(model.id()).isEqualTo("gpt-4o");
  }

  @Test
  void aListWithoutItsDataArrayIsAParseErrorNotAnEmptyList() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"object\":\"list\"}")));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.jsonPath()).hasValue("data"));
  }
}
