package io.modelsdk.root;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.errors.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The snippet of {@code README.md} runs as written against WireMock: {@link #snippet} holds the same
 * lines (checked against the README, only the {@code baseUrl} value differs) and runs them.
 */
class ReadmeSnippetTest extends RootWireMockTest {
  private static final String ONE = "/v1/models/" + RootFixture.MODEL_ID + "/";

  private void snippet(String mockUrl) {
    // snippet-start
    String baseUrl = mockUrl;
    try (RootClient root = RootClient.builder().apiKey("rs-local-key").baseUrl(baseUrl).build()) {
        RootModelVerification check = root.models().verify(RootModelVerifyParams.builder()
            .model("gpt-4-turbo").apiKey("something secret").build()); // a test prompt, nothing saved
        System.out.println("verified: " + check.success());

        String id = root.models().create(RootModelCreateParams.builder()
            .name("my-custom-gpt").model("gpt-4-turbo").defaultKey("something secret").build());
        RootModel model = root.models().retrieve(id);
        System.out.println(model.name() + " calls " + model.model().orElse("?"));

        RootModel rotated = root.models().update(id, RootModelUpdateParams.builder()
            .defaultKey("rotated secret").clearMaxTokenCount().build()); // PATCH: the rest stays as it was
        System.out.println("token limit after update: " + rotated.maxTokenCount().isPresent());

        RootModelListParams chat = RootModelListParams.builder().addCapableOf("chat").limit(50).build();
        for (RootModel m : root.models().list(chat).autoPager()) {
            System.out.println(m.name() + " (" + m.visibility().orElse("?") + ")");
        }

        root.models().delete(id); // 204: answers null
    } catch (NotFoundException e) {
        System.out.println(e.vendorCode().orElse("") + ": " + e.vendorMessage().orElse(""));
    }
    // snippet-end
  }

  private static List<String> lines(String block) {
    return Arrays.stream(block.split("\n")).map(String::stripTrailing).filter(l -> !l.isEmpty())
        .collect(Collectors.toList());
  }

  @Test
  void theReadmeShowsTheCodeThisTestRuns() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README has a java snippet").isTrue();
    List<String> shown = lines(m.group(1));
    String source = Files.readString(Path.of("src/test/java/io/modelsdk/root/ReadmeSnippetTest.java"));
    String body = source.substring(source.indexOf("// snippet-start\n") + "// snippet-start\n".length(),
        source.indexOf("    // snippet-end"));
    List<String> run = lines(body).stream().map(l -> l.substring(4)).collect(Collectors.toList());
    assertThat(shown.get(0)).startsWith("String baseUrl = \"http://localhost:8080\";");
    assertThat(run.get(0)).isEqualTo("String baseUrl = mockUrl;");
    assertThat(shown.subList(1, shown.size())).containsExactlyElementsOf(run.subList(1, run.size()));
  }

  @Test
  void theSnippetRunsAgainstTheMock() {
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/"))
        .willReturn(json(201, RootFixture.resource("created.json"))));
    SERVER.stubFor(get(urlPathEqualTo(ONE)).willReturn(fixture("retrieve.json")));
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/")).willReturn(fixture("list.json")));
    SERVER.stubFor(delete(urlPathEqualTo(ONE)).willReturn(aResponse().withStatus(204)));
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/verify/")).willReturn(fixture("verified.json")));
    SERVER.stubFor(patch(urlPathEqualTo(ONE)).willReturn(fixture("updated.json")));

    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      snippet(SERVER.baseUrl());
    } finally {
      System.setOut(out);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8).split("\\R")).containsExactly("verified: true",
        "my-custom-gpt calls gpt-4-turbo", "token limit after update: false", "gpt-4o (PUBLIC)",
        "my-custom-gpt (PRIVATE)");
    assertThat(requests()).extracting(r -> r.getMethod().getName() + " " + r.getUrl()).containsExactly(
        "POST /v1/models/verify/", "POST /v1/models/", "GET " + ONE, "PATCH " + ONE,
        "GET /v1/models/?capable_of=chat&page_size=50", "DELETE " + ONE);
  }
}
