package io.modelsdk.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.testing.JavaSnippet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java blocks of {@code docs/adding-a-vendor.md} are excerpts of this package's files, each naming its
 * file on its first line ({@code // sdk-core/src/test/java/...}), with {@code ...} where code is left out.
 * Every token of an excerpt, comments aside, must appear in that order in the named file, so a renamed
 * type or method, or a changed signature, fails here instead of misleading the reader.
 */
class AddingAVendorDocTest {
  private static final Path DOC = Path.of("..", "docs", "adding-a-vendor.md");
  private static final Pattern SOURCE = Pattern.compile("\\A// (sdk-core/src/test/java/\\S+\\.java)\\R");
  private static final Pattern TOKEN = Pattern.compile("\\w+|\\S");

  @Test
  void everyExcerptIsInTheFileItNames() throws IOException {
    List<String> blocks = JavaSnippet.javaBlocks(Files.readString(DOC));
    assertThat(blocks).as("java blocks in %s", DOC).isNotEmpty();
    for (String block : blocks) {
      Matcher source = SOURCE.matcher(block);
      assertThat(source.find()).as("the block names its file on its first line:\n%s", block).isTrue();
      List<String> file = tokens(Files.readString(Path.of("..").resolve(source.group(1))));
      List<String> excerpt = tokens(block.substring(source.end()).replace("...", " "));
      int at = 0;
      for (int i = 0; i < excerpt.size(); i++) {
        int found = file.subList(at, file.size()).indexOf(excerpt.get(i));
        assertThat(found).as("%s: '%s' (token %d of the excerpt) is not in the file after what came before:\n%s",
            source.group(1), excerpt.get(i), i + 1, block).isNotNegative();
        at += found + 1;
      }
    }
  }

  private static List<String> tokens(String code) {
    String withoutComments = code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    Matcher m = TOKEN.matcher(withoutComments);
    List<String> tokens = new ArrayList<>();
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
