package io.modelsdk.core.testing;

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

/**
 * A README's Java snippet, compiled and run as written: its {@code import} lines on top, its statements
 * in a method, on the test's class path. A module's README test replaces what must point at its mock
 * (a base URL, an environment) and asserts on what the snippet printed.
 */
public final class JavaSnippet {
  private JavaSnippet() {}

  /** The first {@code java} block of {@code markdown}; fails if it has none. */
  public static String firstJavaBlock(String markdown) {
    Matcher m = Pattern.compile("```java\\R(.*?)```", Pattern.DOTALL).matcher(markdown);
    assertThat(m.find()).as("the README has a java snippet").isTrue();
    return m.group(1);
  }

  /** Compiles {@code snippet} into {@code dir}, runs it, and answers what it printed to {@code System.out}. */
  public static String run(String snippet, Path dir) throws Exception {
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
        Thread.currentThread().getContextClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass("Snippet").getMethod("run").invoke(null);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
