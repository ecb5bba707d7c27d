package io.modelsdk.atoma;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.testing.JavaSnippet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippet of the module's {@code README.md}, compiled and run exactly as written against
 * WireMock serving the documented list; the one change is its base URL, {@code http://localhost:8080},
 * pointed at the mock's port.
 */
class ReadmeSnippetTest extends AtomaWireMockTest {
  private static final String README_BASE_URL = "\"http://localhost:8080\"";

  @Test
  void readmeSnippetRunsAgainstTheMock(@TempDir Path dir) throws Exception {
    stubList();
    String snippet = JavaSnippet.firstJavaBlock(Files.readString(Path.of("README.md")));
    assertThat(snippet.split(Pattern.quote(README_BASE_URL), -1)).as("one base URL to point at the mock").hasSize(2);

    String output = JavaSnippet.run(snippet.replace(README_BASE_URL, "\"" + SERVER.baseUrl() + "\""), dir);

    assertThat(output.split("\\R")).containsExactly(
        "meta-llama/Llama-3.3-70B-Instruct owned by atoma",
        "intfloat/multilingual-e5-large-instruct owned by atoma",
        "black-forest-labs/FLUX.1-schnell owned by atoma",
        "meta-llama/Llama-3.3-70B-Instruct created 2023-03-01T06:31:28Z",
        "not listed: 404",
        "atoma does not support the models operation 'delete'");
    assertThat(requests()).as("list, retrieve by listing twice; delete refused before I/O").hasSize(3)
        .allSatisfy(r -> {
          assertThat(r.getUrl()).isEqualTo("/v1/models");
          assertThat(r.getHeader("Authorization")).isEqualTo("Bearer my-atoma-key");
        });
  }
}
