package io.modelsdk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.testing.JavaSnippet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippet of the module's {@code README.md}, compiled and run as written against every vendor
 * on WireMock, OpenAI made to fail; the one change is its environment, {@code System::getenv}, read
 * from the mock's variables instead.
 */
class ReadmeSnippetTest extends CatalogWireMockTest {
  private static final String README_ENV = "System::getenv";

  @Test
  void readmeSnippetRunsAgainstTheMock(@TempDir Path dir) throws Exception {
    answer("openai", json(500, "{\"error\":{\"message\":\"down\"}}").withHeader("x-should-retry", "false"));
    Map<String, String> env = env();
    env.remove("SGP_API_KEY");
    SnippetEnv.vars = env;
    String snippet = JavaSnippet.firstJavaBlock(Files.readString(Path.of("README.md")));
    assertThat(snippet.split(Pattern.quote(README_ENV), -1)).as("one environment to point at the mock").hasSize(2);

    String output = JavaSnippet.run(snippet.replace(README_ENV, SnippetEnv.class.getName() + ".vars::get"), dir);

    assertThat(output.split("\\R")).containsExactly(
        "atoma: 3 models",
        "choreoai: 2 models",
        "compat: 2 models",
        "openai: failed, InternalServerException",
        "rootsignals: 2 models",
        "scale skipped: no SGP_API_KEY in the environment",
        "gpt-4 at [choreoai, compat]",
        "call gpt-4 at choreoai");
  }
}
