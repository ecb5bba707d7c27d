package io.modelsdk.catalog;

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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
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
    String snippet = snippet(Files.readString(Path.of("README.md")));
    assertThat(snippet.split(Pattern.quote(README_ENV), -1)).as("one environment to point at the mock").hasSize(2);

    String output = run(snippet.replace(README_ENV, SnippetEnv.class.getName() + ".vars::get"), dir);

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
