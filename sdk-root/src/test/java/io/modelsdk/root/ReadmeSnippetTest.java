package io.modelsdk.root;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.testing.JavaSnippet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java block of {@code README.md}, a whole source file, compiled and run as written against WireMock;
 * the one change is its base URL, {@code http://localhost:8080}, pointed at the mock.
 */
class ReadmeSnippetTest extends RootWireMockTest {
  private static final String ONE = "/v1/models/" + RootFixture.MODEL_ID + "/";
  private static final String README_BASE_URL = "\"http://localhost:8080\"";

  @Test
  void theSnippetRunsAgainstTheMock(@TempDir Path dir) throws Exception {
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/"))
        .willReturn(json(201, RootFixture.resource("created.json"))));
    SERVER.stubFor(get(urlPathEqualTo(ONE)).willReturn(fixture("retrieve.json")));
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/")).willReturn(fixture("list.json")));
    SERVER.stubFor(delete(urlPathEqualTo(ONE)).willReturn(aResponse().withStatus(204)));
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/verify/")).willReturn(fixture("verified.json")));
    SERVER.stubFor(patch(urlPathEqualTo(ONE)).willReturn(fixture("updated.json")));

    String snippet = JavaSnippet.firstJavaBlock(Files.readString(Path.of("README.md")));
    assertThat(snippet.split(Pattern.quote(README_BASE_URL), -1)).as("one base URL to point at the mock").hasSize(2);

    String output = JavaSnippet.run(snippet.replace(README_BASE_URL, "\"" + SERVER.baseUrl() + "\""), dir);

    assertThat(output.split("\\R")).containsExactly("verified: true",
        "my-custom-gpt calls gpt-4-turbo", "token limit after update: false", "gpt-4o (PUBLIC)",
        "my-custom-gpt (PRIVATE)");
    assertThat(requests()).extracting(r -> r.getMethod().getName() + " " + r.getUrl()).containsExactly(
        "POST /v1/models/verify/", "POST /v1/models/", "GET " + ONE, "PATCH " + ONE,
        "GET /v1/models/?capable_of=chat&page_size=50", "DELETE " + ONE);
  }
}
