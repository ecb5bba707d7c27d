package io.modelsdk.atoma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelsdk.core.spi.SdkJson;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The current-payload fixture holds what the published spec's {@code Model} and {@code ModelList}
 * schemas require, with the declared types, and nothing else: it was written from the schema, so this
 * pins it to the copy of the spec beside it. (A light reading of the YAML, without a YAML library.)
 */
class AtomaSpecConformanceTest {
  private static final String SPEC = AtomaFixture.resource("atoma-proxy-models.openapi-excerpt.yaml");

  /** The {@code required:} list of one schema in {@code components/schemas}. */
  private static List<String> required(String schema) {
    Matcher block = Pattern.compile("\\n    " + schema + ":\\n(.*?)(?=\\n    \\w+:\\n|\\n  \\w+:|\\z)", Pattern.DOTALL)
        .matcher(SPEC);
    assertThat(block.find()).as("schema %s in the spec", schema).isTrue();
    Matcher req = Pattern.compile("required:\\n((?:      - \\w+\\n)+)").matcher(block.group(1) + "\n");
    assertThat(req.find()).as("required list of %s", schema).isTrue();
    List<String> names = new ArrayList<>();
    for (String line : req.group(1).split("\\n")) {
      names.add(line.trim().substring(2));
    }
    return names;
  }

  @Test
  void listFixtureHasExactlyTheRequiredFieldsWithTheirTypes() throws Exception {
    assertThat(required("Model")).containsExactlyInAnyOrder("id", "object", "created", "owned_by");
    assertThat(required("ModelList")).containsExactlyInAnyOrder("object", "data");
    JsonNode list = SdkJson.mapper().readTree(AtomaFixture.resource("list.json"));
    List<String> top = new ArrayList<>();
    list.fieldNames().forEachRemaining(top::add);
    assertThat(top).containsExactlyInAnyOrderElementsOf(required("ModelList"));
    assertThat(list.get("object").asText()).isEqualTo("list");
    assertThat(list.get("data")).isNotEmpty().allSatisfy(m -> {
      List<String> fields = new ArrayList<>();
      m.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).containsExactlyInAnyOrderElementsOf(required("Model"));
      assertThat(m.get("id").isTextual()).isTrue();
      assertThat(m.get("object").asText()).isEqualTo("model");
      assertThat(m.get("created").canConvertToLong()).isTrue();
      assertThat(m.get("owned_by").isTextual()).isTrue();
    });
  }

  @Test
  void theSpecDeclaresBearerAuthAndOnlyTheListCall() {
    assertThat(SPEC).contains("scheme: bearer").contains("- url: https://api.atoma.network");
    assertThat(Pattern.compile("^  /", Pattern.MULTILINE).matcher(SPEC).results().count())
        .as("one path: no retrieve or delete endpoint").isEqualTo(1);
    assertThat(SPEC).contains("  /v1/models:\n    get:");
  }
}
