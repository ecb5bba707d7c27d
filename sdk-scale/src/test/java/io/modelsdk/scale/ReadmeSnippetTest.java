package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The snippet of {@code README.md} is the code of {@link #snippet(String)}, character for character
 * (indentation aside), and it runs against WireMock: two pages listed, a model created, updated (a field
 * cleared) and deleted.
 */
class ReadmeSnippetTest extends ScaleWireMockTest {
  private static final String START = "// README snippet start";
  private static final String END = "// README snippet end";

  @SuppressWarnings("unused")
  static void snippet(String baseUrl) {
    // README snippet start
    try (ScaleClient scale = ScaleClient.builder()
        .apiKey("sgp-local-key")
        .baseUrl(baseUrl) // "https://api.egp.scale.com" unless you point it at a mock
        .build()) {
      ScaleModelListParams params = ScaleModelListParams.builder()
          .limit(2)
          .addView(ScaleModelView.DEPLOYMENTS)
          .addSortBy(ScaleModelSortBy.CREATED_AT_DESC)
          .build();
      for (ScaleModel m : scale.models().list(params).autoPager()) {
        System.out.println(m.id() + " " + m.name() + " " + m.modelType());
      }
      ScaleModel created = scale.models().create(ScaleModelCreateParams.builder()
          .accountId("acc_5f2c")
          .modelType(ScaleModelType.COMPLETION)
          .name("my-model")
          .description("draft")
          .build());
      // USER or SERVICE_ACCOUNT; empty if the server does not say
      System.out.println("created by: " + created.createdByIdentityType().map(ScaleIdentityType::value).orElse("?"));
      ScaleModel updated = scale.models().update(created.id(), ScaleModelUpdateParams.builder()
          .displayName("Ticket bot")
          .clear(ScaleModelUpdateParams.Field.DESCRIPTION) // sent as "description": null
          .build());
      System.out.println("description: " + updated.description().orElse("(none)"));
      ScaleModelDeleted gone = scale.models().delete(created.id());
      System.out.println("deleted: " + gone.success());
    }
    // README snippet end
  }

  private static String normalized(String code) {
    StringBuilder b = new StringBuilder();
    for (String line : code.split("\n")) {
      if (!line.trim().isEmpty()) {
        b.append(line.trim()).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void theReadmeShowsExactlyThisCode() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README.md has a java block").isTrue();
    String source = Files.readString(Path.of("src/test/java/io/modelsdk/scale/ReadmeSnippetTest.java"));
    String code = source.substring(source.lastIndexOf(START) + START.length(), source.lastIndexOf(END));
    assertThat(normalized(block.group(1))).isEqualTo(normalized(code));
  }

  @Test
  void theSnippetRunsAgainstAMock() {
    String item = "{\"id\":\"%s\",\"name\":\"%s\",\"model_type\":\"COMPLETION\",\"created_by_identity_type\":\"user\","
        + "\"deployments\":[]}";
    SERVER.stubFor(get(urlPathEqualTo("/v4/models")).withQueryParam("page", absent())
        .willReturn(json(200, "{\"items\":[" + String.format(item, "mi_1", "one") + ","
            + String.format(item, "mi_2", "two") + "],\"total_item_count\":3,\"current_page\":1,\"items_per_page\":2}")));
    SERVER.stubFor(get(urlPathEqualTo("/v4/models")).withQueryParam("page", equalTo("2"))
        .willReturn(json(200, "{\"items\":[" + String.format(item, "mi_3", "three")
            + "],\"total_item_count\":3,\"current_page\":2,\"items_per_page\":2}")));
    SERVER.stubFor(post(urlPathEqualTo("/v4/models")).willReturn(fixture("create.json")));
    SERVER.stubFor(patch(urlPathEqualTo("/v4/models/" + CREATED_ID)).willReturn(fixture("updated.json")));
    SERVER.stubFor(delete(urlPathEqualTo("/v4/models/" + CREATED_ID)).willReturn(fixture("delete.json")));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      snippet(SERVER.baseUrl());
    } finally {
      System.setOut(original);
    }

    assertThat(out.toString(StandardCharsets.UTF_8).split("\\R")).containsExactly(
        "mi_1 one COMPLETION", "mi_2 two COMPLETION", "mi_3 three COMPLETION", "created by: service_account",
        "description: (none)", "deleted: true");
    assertThat(requests()).extracting(r -> r.getMethod().value() + " " + r.getUrl()).containsExactly(
        "GET /v4/models?view=Deployments&sort_by=created_at%3Adesc&limit=2",
        "GET /v4/models?view=Deployments&sort_by=created_at%3Adesc&page=2&limit=2",
        "POST /v4/models",
        "PATCH /v4/models/" + CREATED_ID,
        "DELETE /v4/models/" + CREATED_ID);
    assertThat(requests().get(3).getBodyAsString()).isEqualTo("{\"display_name\":\"Ticket bot\",\"description\":null}");
    assertThat(requests()).allSatisfy(r -> assertThat(r.getHeader("x-api-key")).isEqualTo("sgp-local-key"));
  }
}
