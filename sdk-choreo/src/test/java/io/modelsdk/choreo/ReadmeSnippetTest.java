package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.testing.JavaSnippet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java block of {@code sdk-choreo/README.md}, a whole source file, compiled and run as written against a
 * mock gateway; the one change is its gateway URL, {@code http://localhost:8000}, pointed at the mock.
 */
class ReadmeSnippetTest extends ChoreoWireMockTest {
  private static final String README_GATEWAY = "\"http://localhost:8000\"";

  @Test
  void snippetRunsAgainstTheMockGateway(@TempDir Path dir) throws Exception {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(fixture("list.json")));
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/gpt-4")).willReturn(fixture(404, "error-route-not-found.json")));
    String snippet = JavaSnippet.firstJavaBlock(Files.readString(Path.of("README.md")));
    assertThat(snippet.split(Pattern.quote(README_GATEWAY), -1)).as("one gateway URL to point at the mock").hasSize(2);

    String output = JavaSnippet.run(snippet.replace(README_GATEWAY, "\"" + SERVER.baseUrl() + "\""), dir);

    assertThat(output.lines()).containsExactly(
        "gpt-4 owned by openai",
        "claude-3-opus-20240229 owned by anthropic",
        "1 Anthropic models",
        "gpt-4 created 2023-06-27T16:13:20Z");
    assertThat(requestLines()).containsExactly(
        "GET /v1/models", "GET /v1/models", "GET /v1/models/gpt-4", "GET /v1/models");
    assertThat(requests()).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer my-gateway-key"));
  }
}
