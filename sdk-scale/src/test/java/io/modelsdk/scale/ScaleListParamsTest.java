package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.testing.OffSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parameters are checked when built, before any request, and reach the query as Scale reads it:
 * arrays comma-joined, unset ones left out.
 */
class ScaleListParamsTest extends ScaleWireMockTest {
  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void pageBelowOneIsRefused(int page) {
    assertThatThrownBy(() -> ScaleModelListParams.builder().page(page).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page").hasMessageContaining(">= 1");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, 10_001, Integer.MAX_VALUE})
  void limitOutside1To10000IsRefused(int limit) {
    assertThatThrownBy(() -> ScaleModelListParams.builder().limit(limit).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit").hasMessageContaining("10000");
  }

  @Test
  void limitBoundsAreAccepted() {
    assertThatCode(() -> ScaleModelListParams.builder().page(1).limit(1).limit(10_000).build())
        .doesNotThrowAnyException();
  }

  @Test
  void blankFiltersAndViewsAreRefused() {
    assertThatThrownBy(() -> ScaleModelListParams.builder().modelGroupId(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScaleModelListParams.builder().accountId("").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScaleModelView.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScaleModelView.of("Deployments,ModelGroup")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScaleModelSortBy.asc("name:desc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScaleModelSortBy.of("a:asc,b:asc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScaleModelListParams.builder().addView(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void everyParameterReachesTheQuery() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
    client().models().list(ScaleModelListParams.builder()
        .page(3).limit(250)
        .addView(ScaleModelView.DEPLOYMENTS).addView(ScaleModelView.MODEL_GROUP)
        .addSortBy(ScaleModelSortBy.CREATED_AT_DESC).addSortBy(ScaleModelSortBy.asc("model_vendor"))
        .modelGroupId("mg_3b9e").modelType(ScaleModelType.of("FUTURE_TYPE")).accountId("acc_5f2c")
        .build());
    LoggedRequest r = onlyRequest();
    assertThat(r.queryParameter("page").values()).containsExactly("3");
    assertThat(r.queryParameter("limit").values()).containsExactly("250");
    assertThat(r.queryParameter("view").values()).containsExactly("Deployments,ModelGroup");
    assertThat(r.queryParameter("sort_by").values()).containsExactly("created_at:desc,model_vendor:asc");
    assertThat(r.queryParameter("model_group_id").values()).containsExactly("mg_3b9e");
    assertThat(r.queryParameter("model_type").values()).containsExactly("FUTURE_TYPE");
    assertThat(r.queryParameter("account_id").values()).containsExactly("acc_5f2c");
  }

  @Test
  void plainListSendsNoQuery() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
    client().models().list();
    client().models().list(ScaleModelListParams.defaults());
    assertThat(requests()).extracting(LoggedRequest::getUrl).containsExactly("/v4/models", "/v4/models");
  }

  @Test
  void paramsAreValuesWithABuilderRoundTrip() {
    ScaleModelListParams p = ScaleModelListParams.builder().page(2).limit(10).addView(ScaleModelView.DEPLOYMENTS)
        .sortBy(List.of(ScaleModelSortBy.NAME_DESC)).modelType(ScaleModelType.AGENT).build();
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.toBuilder().page(3).build()).isNotEqualTo(p);
    assertThat(p.page()).hasValue(2);
    assertThat(p.views()).containsExactly(ScaleModelView.DEPLOYMENTS);
    assertThat(p.sortBy()).containsExactly(ScaleModelSortBy.desc("name"));
    assertThat(ScaleModelListParams.defaults().page()).isEmpty();
    assertThat(p.toString()).contains("page=2").contains("name:desc");
  }

  @Test
  void createRequiresAccountModelTypeAndName() {
    assertThatThrownBy(() -> ScaleModelCreateParams.builder().modelType(ScaleModelType.COMPLETION).name("m").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("accountId");
    assertThatThrownBy(() -> ScaleModelCreateParams.builder().accountId("acc").name("m").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("modelType");
    assertThatThrownBy(() -> ScaleModelCreateParams.builder().accountId("acc").modelType(ScaleModelType.AGENT).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> ScaleModelCreateParams.builder().accountId("acc").modelType(ScaleModelType.AGENT)
        .name(" ").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void createSendsOnlyTheFieldsSetWithTypedMetadataInCamelCaseWhereTheWireIs() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("create.json")));
    client().models().create(ScaleModelCreateParams.builder()
        .accountId("acc_5f2c").modelType(ScaleModelType.COMPLETION).name("my-model")
        .modelVendor(ScaleModelVendor.LLMENGINE)
        .baseModelMetadata(ScaleBaseModelMetadata.builder().modelDeveloper("Meta")
            .modelDetails(ScaleBaseModelDetails.builder().tokenContextWindow(8192).build()).build())
        .modelCreationParameters(java.util.Map.of("lora", true))
        .build());
    assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"account_id\":\"acc_5f2c\",\"model_type\":\"COMPLETION\","
        + "\"name\":\"my-model\",\"base_model_metadata\":{\"model_developer\":\"Meta\",\"modelDetails\":"
        + "{\"token_context_window\":8192}},\"model_creation_parameters\":{\"lora\":true},"
        + "\"model_vendor\":\"LLMENGINE\"}");
    assertThat(onlyRequest().getHeader("Content-Type")).isEqualTo("application/json");
  }

  @Test
  @OffSpec("a vendor and a body field newer than the spec, which the SDK must send as given")
  void createSendsAVendorAndAFieldNewerThanTheSdkAsGiven() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("create.json")));
    client().models().create(ScaleModelCreateParams.builder()
        .accountId("acc_5f2c").modelType(ScaleModelType.COMPLETION).name("my-model")
        .modelVendor(ScaleModelVendor.of("NEW_VENDOR"))
        .putAdditionalProperties("future_field", 1)
        .build());
    assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"account_id\":\"acc_5f2c\",\"model_type\":\"COMPLETION\","
        + "\"name\":\"my-model\",\"model_vendor\":\"NEW_VENDOR\",\"future_field\":1}");
  }

  @Test
  void anEmptyUpdateSendsAnEmptyObject() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("create.json")));
    client().models().update("mi_1", ScaleModelUpdateParams.builder().build());
    assertThat(onlyRequest().getBodyAsString()).isEqualTo("{}");
  }
}
