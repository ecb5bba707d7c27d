package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.modelsdk.core.reliability.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.Operation;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import io.modelsdk.core.spi.Endpoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * D1 and D3: a 2xx whose body is not the documented JSON (HTML, empty, missing a required field,
 * truncated, the item array of the wrong type) fails with a {@link ResponseParseException} that tells
 * status, content type, the JSON path where known and at most 1 KiB of the body; never an NPE or a hang.
 */
class MalformedSuccessBodyTest {
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

  private static String html(int bytes) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><body><h1>Gateway says hi</h1>");
    while (b.length() < bytes - "</body></html>".length()) {
      b.append("<p>filler</p>");
    }
    return b.append("</body></html>").toString();
  }

  @Test
  void htmlOn200IsAParseErrorWithStatusContentTypeAndAtMostOneKibOfBody() {
    String body = html(5 * 1024);
    assertThat(body.length()).isGreaterThanOrEqualTo(5 * 1024 - 20);
    SERVER.stubFor(get(urlPathEqualTo("/models/gpt-4")).willReturn(
        aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(body)));

    assertThatThrownBy(() -> client.models().retrieve("gpt-4"))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.contentType()).hasValue("text/html; charset=utf-8");
          assertThat(e.bodySnippet()).startsWith("<!DOCTYPE html>").hasSizeLessThanOrEqualTo(1024)
              .hasSizeGreaterThan(500);
          assertThat(body).startsWith(e.bodySnippet());
          assertThat(e.getMessage()).contains("200").contains("text/html").hasSizeLessThan(2048);
        });
  }

  @Test
  void multiByteBodySnippetStaysWithinOneKib() {
    String body = "<html>" + "日本語のエラーページ".repeat(300) + "</html>";
    SERVER.stubFor(get(urlPathEqualTo("/models/x")).willReturn(
        aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(body)));

    assertThatThrownBy(() -> client.models().retrieve("x"))
        .isInstanceOfSatisfying(ResponseParseException.class,
            e -> assertThat(e.bodySnippet()).hasSizeLessThanOrEqualTo(1024).startsWith("<html>日本語"));
  }

  @Test
  void emptyBodyOn200IsAParseError() {
    SERVER.stubFor(get(urlPathEqualTo("/models/gpt-4")).willReturn(
        aResponse().withStatus(200).withHeader("Content-Type", "application/json")));

    assertThatThrownBy(() -> client.models().retrieve("gpt-4"))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.contentType()).hasValue("application/json");
          assertThat(e.bodySnippet()).isEmpty();
          assertThat(e.getMessage()).contains("200").containsIgnoringCase("empty");
        });
  }

  @Test
  void emptyBodyOn200IsAParseErrorWhenStreamedToo() {
    SERVER.stubFor(get(urlPathEqualTo("/models/gpt-4")).willReturn(
        aResponse().withStatus(200).withHeader("Content-Type", "application/json")));

    try (StreamingResponse<FakeModel> s = client.models().withStreamingResponse().retrieve("gpt-4")) {
      assertThatThrownBy(s::parse).isInstanceOfSatisfying(ResponseParseException.class,
          e -> assertThat(e.statusCode()).isEqualTo(200));
    }
  }

  @Test
  void deleteAnswered204WithADecoderThatIgnoresTheBodySucceeds() {
    SERVER.stubFor(delete(urlPathEqualTo("/models/ft-1")).willReturn(aResponse().withStatus(204)));
    Endpoint<String, String> deleteNoBody = Endpoint.of(Operation.DELETE, "DELETE",
        (id, r) -> r.path("models").pathParam("model id", id), data -> "ok");

    RawResponse<String> raw = client.runtime().execute(deleteNoBody, "ft-1", RequestOptions.none());

    assertThat(raw.statusCode()).isEqualTo(204);
    assertThat(raw.parse()).isEqualTo("ok");
  }

  @Test
  void deleteAnswered204WithAJsonDecoderIsAParseErrorNotAnNpe() {
    SERVER.stubFor(delete(urlPathEqualTo("/models/ft-1")).willReturn(aResponse().withStatus(204)));

    assertThatThrownBy(() -> client.models().delete("ft-1"))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.statusCode()).isEqualTo(204));
  }

  @Test
  void missingRequiredIdNamesTheItemsPath() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200,
        "{\"data\":[{\"id\":\"a\"},{\"owned_by\":\"acme\"}],\"next\":null}")));

    assertThatThrownBy(() -> client.models().list())
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.jsonPath()).hasValueSatisfying(p -> assertThat(p).startsWith("data[1]"));
          assertThat(e.getMessage()).contains("data[1]").contains("id");
        });
  }

  @Test
  void nullIdIsAParseErrorNotAnNpe() {
    SERVER.stubFor(get(urlPathEqualTo("/models/a")).willReturn(json(200, "{\"id\":null}")));

    assertThatThrownBy(() -> client.models().retrieve("a"))
        .isInstanceOf(ResponseParseException.class)
        .hasMessageContaining("id");
  }

  @Test
  void missingIdOnRetrieveIsAParseError() {
    SERVER.stubFor(get(urlPathEqualTo("/models/a")).willReturn(json(200, "{\"owned_by\":\"acme\"}")));

    assertThatThrownBy(() -> client.models().retrieve("a"))
        .isInstanceOf(ResponseParseException.class)
        .hasMessageContaining("id");
  }

  @Test
  void jsonNullBodyIsAParseErrorNotANullModelOrAnNpe() {
    SERVER.stubFor(get(urlPathEqualTo("/models/a")).willReturn(json(200, "null")));
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200, "null")));

    assertThatThrownBy(() -> client.models().retrieve("a")).isInstanceOf(ResponseParseException.class);
    assertThatThrownBy(() -> client.models().list()).isInstanceOf(ResponseParseException.class);
    try (StreamingResponse<FakeModel> s = client.models().withStreamingResponse().retrieve("a")) {
      assertThatThrownBy(s::parse).isInstanceOf(ResponseParseException.class);
    }
  }

  @Test
  void truncatedJsonIsAParseError() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200, "{\"data\":[{\"id\":\"a\"},{\"id\":")));

    assertThatThrownBy(() -> client.models().list())
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.bodySnippet()).isEqualTo("{\"data\":[{\"id\":\"a\"},{\"id\":");
        });
  }

  @Test
  void dataThatIsNotAnArrayNamesTheField() {
    for (String data : new String[] {"{\"id\":\"a\"}", "\"a\"", "42", "true"}) {
      SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200, "{\"data\":" + data + ",\"next\":null}")));

      assertThatThrownBy(() -> client.models().list())
          .as("data = %s", data)
          .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.jsonPath()).hasValue("data"));
    }
  }

  @Test
  void nullDataIsAParseErrorNotAnNpe() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200, "{\"data\":null,\"next\":null}")));

    assertThatThrownBy(() -> client.models().list())
        .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.jsonPath()).hasValue("data"));
  }

  @Test
  void aNullItemIsAParseErrorNamingItsIndex() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200,
        "{\"data\":[{\"id\":\"a\"},null],\"next\":null}")));

    assertThatThrownBy(() -> client.models().list())
        .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.jsonPath()).hasValue("data[1]"));
  }

  @Test
  void streamingIterationReportsTheItemPathOfAMissingId() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200,
        "{\"data\":[{\"id\":\"a\"},{\"owned_by\":\"acme\"}],\"next\":null}")));

    List<String> seen = new ArrayList<>();
    try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
      assertThatThrownBy(() -> s.forEach(m -> seen.add(m.id())))
          .isInstanceOfSatisfying(ResponseParseException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e.jsonPath()).hasValueSatisfying(p -> assertThat(p).startsWith("data[1]"));
          });
    }
    assertThat(seen).containsExactly("a");
  }

  @Test
  void streamingIterationOfTruncatedJsonFailsInsteadOfHanging() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200, "{\"data\":[{\"id\":\"a\"},{\"id\":")));

    try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
      assertThatThrownBy(() -> s.forEach(m -> { }))
          .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.statusCode()).isEqualTo(200));
    }
  }

  @Test
  void streamingIterationRefusesDataThatIsNotAnArray() {
    for (String body : new String[] {
        "{\"data\":{\"id\":\"a\"},\"next\":null}", "{\"data\":null}", "{\"next\":null}", "[]", "\"text\""}) {
      SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200, body)));

      try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
        assertThatThrownBy(() -> s.forEach(m -> { }))
            .as("body %s", body)
            .isInstanceOf(ResponseParseException.class);
      }
    }
  }

  @Test
  void streamingIterationRefusesANullItem() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200, "{\"data\":[{\"id\":\"a\"},null]}")));

    try (StreamingListResponse<FakeModel> s = client.models().withStreamingResponse().list()) {
      assertThatThrownBy(() -> s.forEach(m -> { }))
          .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.jsonPath()).hasValue("data[1]"));
    }
  }

  @Test
  void anyUrlHtmlIsAParseErrorForListToo() {
    SERVER.stubFor(any(anyUrl()).willReturn(
        aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(html(2048))));

    assertThatThrownBy(() -> client.models().list())
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.contentType()).hasValue("text/html");
          assertThat(e.bodySnippet()).hasSizeLessThanOrEqualTo(1024);
        });
  }
}
