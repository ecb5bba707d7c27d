package io.modelsdk.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The root README's Java snippets are the compiled lines of {@link ReadmeSnippets}, in the same order,
 * so a renamed method or a changed signature breaks the build instead of the documentation. The README
 * may add import lines before a snippet; each must be one {@code ReadmeSnippets} compiles with.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE = Path.of("src/test/java/io/modelsdk/examples/readme/ReadmeSnippets.java");

  @Test
  void everyJavaBlockOfTheReadmeIsACompiledSnippet() throws IOException {
    List<List<String>> shown = readmeBlocks();
    List<List<String>> compiled = snippets();

    assertThat(shown).as("java blocks in the README").hasSameSizeAs(compiled);
    String source = Files.readString(SOURCE);
    for (int i = 0; i < shown.size(); i++) {
      List<String> block = new ArrayList<>(shown.get(i));
      while (!block.isEmpty() && (block.get(0).startsWith("import ") || block.get(0).isEmpty())) {
        String line = block.remove(0);
        assertThat(line.isEmpty() || source.contains("\n" + line + "\n")).as("README import " + line).isTrue();
      }
      assertThat(block).as("README java block %d", i + 1).containsExactlyElementsOf(compiled.get(i));
    }
  }

  private static List<List<String>> readmeBlocks() throws IOException {
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
    List<List<String>> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1).stripTrailing().lines().map(String::stripTrailing).toList());
    }
    return blocks;
  }

  private static List<List<String>> snippets() throws IOException {
    List<List<String>> snippets = new ArrayList<>();
    List<String> current = null;
    for (String line : Files.readAllLines(SOURCE)) {
      String trimmed = line.trim();
      if (trimmed.equals("// readme-start")) {
        current = new ArrayList<>();
      } else if (trimmed.equals("// readme-end")) {
        snippets.add(current);
        current = null;
      } else if (current != null) {
        current.add(line.length() >= 4 ? line.substring(4).stripTrailing() : line.stripTrailing());
      }
    }
    return snippets;
  }
}
