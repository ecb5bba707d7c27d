package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
 * The Java block of {@code README.md}, a whole source file, compiled and run as written against WireMock
 * (its one change: the base URL, {@code http://localhost:4010}, pointed at the mock): two pages listed, a
 * model created, updated (a field cleared) and deleted.
 */
class ReadmeSnippetTest extends ScaleWireMockTest {
  private static final String README_BASE_URL = "\"http://localhost:4010\"";

  @Test
  void theSnippetRunsAgainstAMock(@TempDir Path dir) throws Exception {
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

    String snippet = JavaSnippet.firstJavaBlock(Files.readString(Path.of("README.md")));
    assertThat(snippet.split(Pattern.quote(README_BASE_URL), -1)).as("one base URL to point at the mock").hasSize(2);

    String output = JavaSnippet.run(snippet.replace(README_BASE_URL, "\"" + SERVER.baseUrl() + "\""), dir);

    assertThat(output.split("\\R")).containsExactly(
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
