package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The snippet of {@code sdk-choreo/README.md} runs as written against a mock gateway. The code between
 * the markers below must be the README's java block line for line, except that {@code gateway} is the
 * mock's URL; the test checks that before trusting the run.
 */
class ReadmeSnippetTest extends ChoreoWireMockTest {
  private static final Path README = Path.of("README.md");
  private static final Path SELF = Path.of("src/test/java/io/modelsdk/choreo/ReadmeSnippetTest.java");

  @Test
  void snippetRunsAgainstTheMockGateway() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(fixture("list.json")));
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/gpt-4")).willReturn(fixture(404, "error-route-not-found.json")));
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      runSnippet(SERVER.baseUrl());
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "gpt-4 owned by openai",
        "claude-3-opus-20240229 owned by anthropic",
        "1 Anthropic models",
        "gpt-4 created 2023-06-27T16:13:20Z");
    assertThat(requestLines()).containsExactly(
        "GET /v1/models", "GET /v1/models", "GET /v1/models/gpt-4", "GET /v1/models");
    assertThat(requests()).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer my-gateway-key"));
  }

  @SuppressWarnings("UnnecessaryLocalVariable")
  private static void runSnippet(String mockUrl) {
    // README-BEGIN
    String gateway = mockUrl;
    try (ChoreoClient choreo = ChoreoClient.builder().apiKey("my-gateway-key").baseUrl(gateway).build()) {
        for (ChoreoModel m : choreo.models().list().items()) {
            System.out.println(m.id() + " owned by " + m.ownedBy().orElse("?"));
        }
        ChoreoModelListParams claude = ChoreoModelListParams.builder().ownedBy("anthropic").build();
        System.out.println(choreo.models().list(claude).items().size() + " Anthropic models");
        ChoreoModel gpt4 = choreo.models().retrieve("gpt-4"); // lists and filters while the route answers 404
        System.out.println(gpt4.id() + " created " + gpt4.createdAt().orElse(null));
    }
    // README-END
  }

  @Test
  void theSnippetRunIsTheReadmesCode() throws IOException {
    List<String> self = Files.readAllLines(SELF, StandardCharsets.UTF_8);
    List<String> run = self.subList(indexOf(self, "// README-BEGIN") + 1, indexOf(self, "// README-END")).stream()
        .map(l -> l.substring(Math.min(4, l.length() - l.stripLeading().length())))
        .map(l -> l.replace("String gateway = mockUrl;", "String gateway = \"http://localhost:8000\";"))
        .collect(Collectors.toList());
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    int start = indexOf(readme, "```java") + 1;
    List<String> block = readme.subList(start, start + readme.subList(start, readme.size()).indexOf("```"));
    assertThat(run).isEqualTo(block);
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("no line " + marker);
  }
}
