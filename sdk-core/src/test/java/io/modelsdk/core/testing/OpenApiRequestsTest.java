package io.modelsdk.core.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request check fails, with the validator's message, on what the document does not allow. */
class OpenApiRequestsTest {
  @RegisterExtension
  static final WireMockExtension SERVER =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final OpenApiRequests SPEC = OpenApiRequests.of("compat/compat-models.openapi.yaml");

  @BeforeEach
  void answerEverything() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
  }

  private static List<LoggedRequest> send(String method, String pathAndQuery, String auth, String json)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SERVER.baseUrl() + pathAndQuery))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.discarding());
    return SERVER.getAllServeEvents().stream().map(e -> e.getRequest()).collect(Collectors.toList());
  }

  @Test
  void allowsWhatTheDocumentDeclares() throws Exception {
    assertThatCode(() -> SPEC.assertAllowed(send("GET", "/v1/models/llama%2F3", "Bearer sk-1", null)))
        .doesNotThrowAnyException();
    assertThatCode(() -> SPEC.assertAllowed(send("POST", "/v1/models", "Bearer sk-1", "{\"id\":\"a\",\"from\":\"b\"}")))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAPathTheDocumentLacks() throws Exception {
    List<LoggedRequest> sent = send("GET", "/v1/engines", "Bearer sk-1", null);
    assertThatThrownBy(() -> SPEC.assertAllowed(sent)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("GET").hasMessageContaining("/v1/engines")
        .hasMessageContaining("compat/compat-models.openapi.yaml");
  }

  @Test
  void refusesAMethodThePathLacks() throws Exception {
    List<LoggedRequest> sent = send("DELETE", "/v1/models/x", "Bearer sk-1", null);
    assertThatThrownBy(() -> SPEC.assertAllowed(sent)).hasMessageContaining("DELETE");
  }

  @Test
  void refusesAnUndeclaredQueryParameter() throws Exception {
    List<LoggedRequest> sent = send("GET", "/v1/models?after=x", "Bearer sk-1", null);
    assertThatThrownBy(() -> SPEC.assertAllowed(sent)).hasMessageContaining("after");
  }

  @Test
  void refusesARequestWithoutItsCredential() throws Exception {
    List<LoggedRequest> sent = send("GET", "/v1/models", null, null);
    assertThatThrownBy(() -> SPEC.assertAllowed(sent)).hasMessageContaining("security");
  }

  @Test
  void refusesABodyTheSchemaDoesNotAllow() throws Exception {
    List<LoggedRequest> sent = send("POST", "/v1/models", "Bearer sk-1", "{\"id\":\"a\"}");
    assertThatThrownBy(() -> SPEC.assertAllowed(sent)).hasMessageContaining("from");
  }

  @Test
  void countsWhatItChecked() throws Exception {
    List<LoggedRequest> sent = send("GET", "/v1/models", "Bearer sk-1", null);
    SPEC.assertAllowed(sent);
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("target", "openapi-validated-requests.txt")))
        .contains("requests validated against compat/compat-models.openapi.yaml");
  }

  private static final OpenApiRequests NULLS = OpenApiRequests.of("testing/nulls-3.1.openapi.yaml");

  @Test
  void readsOpenApi31NullsAsTheyMean() throws Exception {
    for (String body : new String[] {"{\"meta\":null}", "{\"meta\":{\"a\":\"x\"}}", "{\"name\":null}",
        "{\"name\":\"n\",\"size\":1,\"object\":\"thing\"}"}) {
      SERVER.resetRequests();
      List<LoggedRequest> sent = send("PATCH", "/things?kind=COMPLETION", null, body);
      assertThatCode(() -> NULLS.assertAllowed(sent)).as(body).doesNotThrowAnyException();
    }
  }

  @Test
  void stillRefusesWhatOpenApi31Refuses() throws Exception {
    for (String body : new String[] {"{\"meta\":5}", "{\"name\":5}", "{\"size\":0}", "{\"object\":\"other\"}"}) {
      SERVER.resetRequests();
      List<LoggedRequest> sent = send("PATCH", "/things", null, body);
      assertThatThrownBy(() -> NULLS.assertAllowed(sent)).as(body).isInstanceOf(AssertionError.class);
    }
  }
}
