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
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A README's Java block, compiled and run exactly as a reader would copy it: a whole source file, its
 * imports and a public class with a {@code main}. A block that is not a whole file (statements without
 * a class, a class without its imports) fails to compile, so no README shows code a reader must
 * complete. A module's README test replaces what must point at its mock (a base URL, an environment)
 * and asserts on what the block printed.
 */
public final class JavaSnippet {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\R(.*?)```", Pattern.DOTALL);
  private static final Pattern PUBLIC_CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");

  private JavaSnippet() {}

  /** The first {@code java} block of {@code markdown}; fails if it has none. */
  public static String firstJavaBlock(String markdown) {
    List<String> blocks = javaBlocks(markdown);
    assertThat(blocks).as("the README has a java snippet").isNotEmpty();
    return blocks.get(0);
  }

  /** Every {@code java} block of {@code markdown}, in order. */
  public static List<String> javaBlocks(String markdown) {
    Matcher m = JAVA_BLOCK.matcher(markdown);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /**
   * Compiles {@code unit}, a whole source file as shown, into {@code dir} with the test's class path and
   * {@code javacOptions} (such as {@code --release 8}), and answers its public class's name.
   */
  public static String compile(String unit, Path dir, String... javacOptions) throws Exception {
    Matcher name = PUBLIC_CLASS.matcher(unit);
    assertThat(name.find()).as("the snippet is a whole source file with a public class:\n%s", unit).isTrue();
    Path file = dir.resolve(name.group(1) + ".java");
    Files.writeString(file, unit);
    List<String> args = new ArrayList<>(Arrays.asList(javacOptions));
    args.addAll(Arrays.asList("-proc:none", "-d", dir.toString(),
        "-classpath", System.getProperty("java.class.path"), file.toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, diagnostics, diagnostics, args.toArray(new String[0]));
    assertThat(rc).as("the snippet compiles as shown:\n%s\n%s", diagnostics.toString(StandardCharsets.UTF_8), unit)
        .isZero();
    return name.group(1);
  }

  /** Compiles {@code unit} into {@code dir}, runs its {@code main}, and answers what it printed to {@code System.out}. */
  public static String run(String unit, Path dir) throws Exception {
    String className = compile(unit, dir);
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        Thread.currentThread().getContextClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
