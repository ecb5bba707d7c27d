package io.modelsdk.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.modelsdk.core.testing.JavaSnippet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the root README is a whole source file that compiles as shown, imports included,
 * for Java 8 (what the SDK supports), so what a reader copies compiles. The OpenAI blocks that read the
 * environment also run against WireMock, their {@code OpenAiClient.fromEnv()} the one change, to show
 * they print what a reader expects (no {@code Optional[...]}).
 *
 * <p>It lives here because this module's tests see every vendor module, core's test-jar (for
 * {@link JavaSnippet}) and WireMock; in {@code examples}, core's test-jar would register its test vendor
 * through {@code ServiceLoader} and change what the demo's and CLI's catalog tests find.
 */
class RootReadmeSnippetsTest {
  private static final String FROM_ENV = "OpenAiClient.fromEnv()";
  private static final String MODEL = "{\"id\":\"%s\",\"object\":\"model\",\"created\":1686935002,\"owned_by\":\"openai\"}";
  private static final WireMockServer SERVER = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @BeforeAll
  static void start() {
    SERVER.start();
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(json(200,
        "{\"object\":\"list\",\"data\":[" + String.format(MODEL, "gpt-4o") + "," + String.format(MODEL, "gpt-4o-mini") + "]}")));
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/gpt-4o")).willReturn(json(200, String.format(MODEL, "gpt-4o"))
        .withHeader("x-request-id", "req_123").withHeader("x-ratelimit-remaining-requests", "99")));
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/gpt-5-turbo-ultra")).willReturn(json(404,
        "{\"error\":{\"message\":\"The model 'gpt-5-turbo-ultra' does not exist\",\"type\":\"invalid_request_error\","
            + "\"param\":null,\"code\":\"model_not_found\"}}").withHeader("x-request-id", "req_404")));
  }

  @AfterAll
  static void stop() {
    SERVER.stop();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static List<String> blocks() throws Exception {
    return JavaSnippet.javaBlocks(Files.readString(Path.of("..", "README.md")));
  }

  @Test
  void everyJavaBlockCompilesAsShownForJava8(@TempDir Path dir) throws Exception {
    List<String> blocks = blocks();
    assertThat(blocks).hasSize(7);
    for (int i = 0; i < blocks.size(); i++) {
      Path out = Files.createDirectory(dir.resolve("block" + (i + 1)));
      JavaSnippet.compile(blocks.get(i), out, "--release", "8");
    }
  }

  private static String runOnTheMock(String className, Path dir) throws Exception {
    String block = blocks().stream().filter(b -> b.contains("public class " + className + " "))
        .findFirst().orElseThrow(() -> new AssertionError("no README block " + className));
    assertThat(block).contains(FROM_ENV);
    String output = JavaSnippet.run(block.replace(FROM_ENV,
        "OpenAiClient.builder().apiKey(\"mock-key\").baseUrl(\"" + SERVER.baseUrl() + "/v1\").maxRetries(0).build()"), dir);
    assertThat(output).doesNotContain("Optional");
    return output;
  }

  @Test
  void quickStartPrintsValuesNotOptionals(@TempDir Path dir) throws Exception {
    assertThat(runOnTheMock("QuickStart", dir).lines()).containsExactly(
        "gpt-4o owned by openai",
        "gpt-4o-mini owned by openai",
        "gpt-4o created 2023-06-16T17:03:22Z",
        "async: created 2023-06-16T17:03:22Z",
        "HTTP 200, 99 requests left, request id req_123",
        "raw: parsed gpt-4o");
  }

  @Test
  void streamingPrintsEachId(@TempDir Path dir) throws Exception {
    assertThat(runOnTheMock("StreamModels", dir).lines()).containsExactly("gpt-4o", "gpt-4o-mini");
  }

  @Test
  void derivedClientRetrieves(@TempDir Path dir) throws Exception {
    assertThat(runOnTheMock("PatientClient", dir).lines()).containsExactly("gpt-4o");
  }

  @Test
  void errorHandlingNamesTheMissingModel(@TempDir Path dir) throws Exception {
    assertThat(runOnTheMock("WhenACallFails", dir).lines()).containsExactly(
        "no such model: The model 'gpt-5-turbo-ultra' does not exist (request req_404)");
  }
}
