package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelsdk.core.spi.SdkJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A null anywhere inside a model's nested objects (its base model metadata, its deployments, its model
 * group) reads as an absent value, in a retrieve with views and in a page alike: it never makes the
 * model, or the page holding it, unreadable. Top-level {@code id}, {@code name} and {@code model_type} stay
 * required.
 */
class ScaleNestedNullsTest extends ScaleWireMockTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  /** {@code retrieve.json} with every value inside its nested objects and arrays made null. */
  private static ObjectNode retrievedWithNullsInside() throws Exception {
    ObjectNode model = (ObjectNode) MAPPER.readTree(ScaleFixture.resource("retrieve.json"));
    model.forEach(ScaleNestedNullsTest::nullLeaves);
    return model;
  }

  /** Makes null every scalar field of {@code node}'s objects, at every depth. */
  private static void nullLeaves(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (node.get(name).isContainerNode()) {
          nullLeaves(node.get(name));
        } else {
          ((ObjectNode) node).putNull(name);
        }
      }
    } else if (node.isArray()) {
      node.forEach(ScaleNestedNullsTest::nullLeaves);
    }
  }

  @Test
  void aRetrieveWithViewsReadsNullsInsideItsDeploymentsGroupAndMetadataAsAbsent() throws Exception {
    SERVER.stubFor(get(urlPathEqualTo("/v4/models/" + RETRIEVE_ID))
        .willReturn(json(200, retrievedWithNullsInside().toString())));
    ScaleModel m = client().models().retrieve(RETRIEVE_ID, ScaleFixture.VIEWS);
    assertThat(m.id()).isEqualTo(RETRIEVE_ID);
    assertThat(m.deployments()).hasValueSatisfying(ds -> assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.id()).isEmpty();
      assertThat(d.name()).isEmpty();
      assertThat(d.status()).isEmpty();
      assertThat(d.createdAt()).isEmpty();
      assertThat(d.createdByIdentityType()).isEmpty();
      assertThat(d.vendorConfiguration()).hasValueSatisfying(v -> assertThat(v).containsEntry("vendor", null));
    }));
    assertThat(m.modelGroup()).hasValueSatisfying(g -> {
      assertThat(g.id()).isEmpty();
      assertThat(g.name()).isEmpty();
      assertThat(g.createdByIdentityType()).isEmpty();
    });
    ScaleBaseModelMetadata meta = m.baseModelMetadata().orElseThrow();
    assertThat(meta.uiModelSectionType()).isEmpty();
    assertThat(meta.modelDetails().orElseThrow().tokenContextWindow()).isEmpty();
  }

  @Test
  void aPageWithViewsReadsEveryItemWhateverIsNullInsideThem() throws Exception {
    ObjectNode page = (ObjectNode) MAPPER.readTree(ScaleFixture.resource("list.json"));
    ArrayNode items = (ArrayNode) page.get("items");
    items.set(0, retrievedWithNullsInside());
    SERVER.stubFor(get(urlPathEqualTo("/v4/models")).willReturn(json(200, page.toString())));
    List<ScaleModel> models = client().models().list(ScaleModelListParams.builder()
        .addView(ScaleModelView.DEPLOYMENTS).addView(ScaleModelView.MODEL_GROUP).build()).items();
    assertThat(models).extracting(ScaleModel::id).containsExactlyElementsOf(ScaleFixture.LIST_IDS);
    assertThat(models.get(0).deployments().orElseThrow()).singleElement()
        .satisfies(d -> assertThat(d.id()).isEmpty());
    assertThat(models.get(0).modelGroup().flatMap(ScaleModelGroup::name)).isEmpty();
  }

  @Test
  void aNullAmongTheDeploymentsIsLeftOut() throws Exception {
    ObjectNode model = (ObjectNode) MAPPER.readTree(ScaleFixture.resource("retrieve.json"));
    ((ArrayNode) model.get("deployments")).insertNull(0);
    SERVER.stubFor(get(urlPathEqualTo("/v4/models/" + RETRIEVE_ID)).willReturn(json(200, model.toString())));
    assertThat(client().models().retrieve(RETRIEVE_ID, ScaleFixture.VIEWS).deployments().orElseThrow())
        .extracting(d -> d.id().orElse(null)).containsExactly("md_9c4f");
  }
}
