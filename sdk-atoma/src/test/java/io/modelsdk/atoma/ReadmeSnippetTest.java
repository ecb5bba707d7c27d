package io.modelsdk.atoma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
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
    String snippet = snippet(Files.readString(Path.of("README.md")));
    assertThat(snippet.split(Pattern.quote(README_BASE_URL), -1)).as("one base URL to point at the mock").hasSize(2);

    String output = run(snippet.replace(README_BASE_URL, "\"" + SERVER.baseUrl() + "\""), dir);

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

  /** The README's first {@code java} block. */
  private static String snippet(String readme) {
    Matcher m = Pattern.compile("```java\\R(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README.md has a java snippet").isTrue();
    return m.group(1);
  }

  /** Compiles the snippet (its imports on top, its statements in a method) and runs it, returning what it printed. */
  private static String run(String snippet, Path dir) throws Exception {
    List<String> imports = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.split("\\R")) {
      if (line.startsWith("import ")) {
        imports.add(line);
      } else {
        body.append("    ").append(line).append('\n');
      }
    }
    String source = String.join("\n", imports) + "\n\npublic class Snippet {\n  public static void run() throws Exception {\n"
        + body + "  }\n}\n";
    Path file = dir.resolve("Snippet.java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, diagnostics, diagnostics, "-proc:none", "-d", dir.toString(),
        "-classpath", System.getProperty("java.class.path"), file.toString());
    assertThat(rc).as("the snippet compiles:\n%s\n%s", diagnostics.toString(StandardCharsets.UTF_8), source)
        .isZero();

    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        ReadmeSnippetTest.class.getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass("Snippet").getMethod("run").invoke(null);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
