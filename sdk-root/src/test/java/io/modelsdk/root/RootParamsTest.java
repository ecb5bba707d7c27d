package io.modelsdk.root;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Parameters are checked when built, before any I/O, and never show the model's key. */
class RootParamsTest extends RootWireMockTest {
  private static final String SECRET = "sk-upstream-secret-0xC0FFEE";

  private static String chars(int n) {
    return "x".repeat(n);
  }

  private static void refused(Supplier<?> build, String messagePart) {
    assertThatThrownBy(build::get).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(messagePart).hasMessageNotContaining(SECRET);
  }

  @Test
  void createNameMustHaveOneToAHundredCharacters() {
    refused(() -> RootModelCreateParams.builder().name("").build(), "name");
    refused(() -> RootModelCreateParams.builder().name(chars(101)).build(), "name");
    assertThatCode(() -> RootModelCreateParams.builder().name("x").build()).doesNotThrowAnyException();
    assertThatCode(() -> RootModelCreateParams.builder().name(chars(100)).build()).doesNotThrowAnyException();
  }

  @Test
  void createNameIsRequired() {
    assertThatThrownBy(() -> RootModelCreateParams.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
  }

  @Test
  void createMaxOutputTokenCountMustBeAtLeast800() {
    refused(() -> RootModelCreateParams.builder().name("n").defaultKey(SECRET).maxOutputTokenCount(799).build(),
        "maxOutputTokenCount");
    assertThatCode(() -> RootModelCreateParams.builder().name("n").maxOutputTokenCount(800).build())
        .doesNotThrowAnyException();
  }

  @Test
  void createUrlMustHaveAtMost1024Characters() {
    refused(() -> RootModelCreateParams.builder().name("n").url("https://h.test/" + chars(1010)).build(), "url");
    assertThatCode(() -> RootModelCreateParams.builder().name("n").url("https://h.test/" + chars(1009)).build())
        .doesNotThrowAnyException();
  }

  @Test
  void createRefusesEmptyModelEmptyKeyAndNegativeTokenCount() {
    refused(() -> RootModelCreateParams.builder().name("n").model("").build(), "model");
    refused(() -> RootModelCreateParams.builder().name("n").defaultKey("").build(), "defaultKey");
    refused(() -> RootModelCreateParams.builder().name("n").maxTokenCount(-1).build(), "maxTokenCount");
  }

  @Test
  void theDefaultKeyNeverShowsInToString() {
    RootModelCreateParams p = RootModelCreateParams.builder().name("my-gpt").defaultKey(SECRET).build();
    assertThat(p.defaultKey()).hasValue(SECRET);
    assertThat(p.toString()).contains("my-gpt").doesNotContain(SECRET);
  }

  @Test
  void toBuilderKeepsEveryValueAndTheKeyStaysHidden() {
    RootModelCreateParams p = RootModelCreateParams.builder().name("my-gpt").model("gpt-4-turbo").defaultKey(SECRET)
        .maxOutputTokenCount(900).maxTokenCount(8000).url("https://h.test").build();
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    RootModelCreateParams renamed = p.toBuilder().name("other").build();
    assertThat(renamed.defaultKey()).hasValue(SECRET);
    assertThat(renamed.toString()).contains("other").doesNotContain(SECRET);
    refused(() -> p.toBuilder().maxOutputTokenCount(799).build(), "maxOutputTokenCount");

    RootModelListParams l = RootModelListParams.builder().addCapableOf("chat").pageSize(5).ordering("-name").limit(9)
        .build();
    assertThat(l.toBuilder().build()).isEqualTo(l).hasSameHashCodeAs(l);
    assertThat(l.toBuilder().addCapableOf("vision").build().capableOf()).containsExactly("chat", "vision");
    refused(() -> l.toBuilder().limit(0).build(), "limit");
  }

  @Test
  void updateChecksItsFieldsAsCreateDoes() {
    refused(() -> RootModelUpdateParams.builder().name("").defaultKey(SECRET).build(), "name");
    refused(() -> RootModelUpdateParams.builder().name(chars(101)).build(), "name");
    refused(() -> RootModelUpdateParams.builder().model("").build(), "model");
    refused(() -> RootModelUpdateParams.builder().defaultKey("").build(), "defaultKey");
    refused(() -> RootModelUpdateParams.builder().maxOutputTokenCount(799).defaultKey(SECRET).build(),
        "maxOutputTokenCount");
    refused(() -> RootModelUpdateParams.builder().maxTokenCount(-1).build(), "maxTokenCount");
    refused(() -> RootModelUpdateParams.builder().url("https://h.test/" + chars(1010)).build(), "url");
    assertThatCode(() -> RootModelUpdateParams.builder().name(chars(100)).maxOutputTokenCount(800).maxTokenCount(0)
        .url("https://h.test/" + chars(1009)).build()).doesNotThrowAnyException();
  }

  @Test
  void anUpdateWithNothingSetIsAllowedAndChangesNothing() {
    RootModelUpdateParams none = RootModelUpdateParams.builder().build();
    assertThat(none.name()).isEmpty();
    assertThat(none.cleared()).isEmpty();
  }

  @Test
  void aFieldCannotBeBothSetAndCleared() {
    refused(() -> RootModelUpdateParams.builder().defaultKey(SECRET).clearDefaultKey().build(), "defaultKey");
    refused(() -> RootModelUpdateParams.builder().clearMaxTokenCount().maxTokenCount(8000).build(), "maxTokenCount");
    refused(() -> RootModelUpdateParams.builder().url("https://h.test").clearUrl().build(), "url");
    RootModelUpdateParams cleared = RootModelUpdateParams.builder().clearUrl().clearDefaultKey().clearUrl().build();
    assertThat(cleared.cleared()).containsExactlyInAnyOrder(RootModelUpdateParams.Clearable.URL,
        RootModelUpdateParams.Clearable.DEFAULT_KEY);
    refused(() -> cleared.toBuilder().url("https://h.test").build(), "url");
  }

  @Test
  void theUpdateKeyNeverShowsInToStringAndSurvivesToBuilder() {
    RootModelUpdateParams p = RootModelUpdateParams.builder().defaultKey(SECRET).maxOutputTokenCount(900)
        .clearUrl().build();
    assertThat(p.toString()).contains("900").contains("URL").doesNotContain(SECRET);
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.toBuilder().name("other").build().defaultKey()).hasValue(SECRET);
  }

  @Test
  void verifyNeedsANonEmptyModelAndChecksTheRest() {
    assertThatThrownBy(() -> RootModelVerifyParams.builder().apiKey(SECRET).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("model").hasMessageNotContaining(SECRET);
    refused(() -> RootModelVerifyParams.builder().model("").apiKey(SECRET).build(), "model");
    refused(() -> RootModelVerifyParams.builder().model("m").apiKey("").build(), "apiKey");
    refused(() -> RootModelVerifyParams.builder().model("m").url("").build(), "url");
    refused(() -> RootModelVerifyParams.builder().model("m").apiKey(SECRET).maxOutputTokenCount(799).build(),
        "maxOutputTokenCount");
    assertThatCode(() -> RootModelVerifyParams.builder().model("m").maxOutputTokenCount(800).build())
        .doesNotThrowAnyException();
  }

  @Test
  void theVerifyKeyNeverShowsInToStringAndSurvivesToBuilder() {
    RootModelVerifyParams p = RootModelVerifyParams.builder().model("gpt-4-turbo").apiKey(SECRET).build();
    assertThat(p.toString()).contains("gpt-4-turbo").doesNotContain(SECRET);
    assertThat(p.toBuilder().url("https://h.test").build().apiKey()).hasValue(SECRET);
  }

  @Test
  void listParamsMustBePositiveAndCapabilitiesClean() {
    refused(() -> RootModelListParams.builder().pageSize(0).build(), "pageSize");
    refused(() -> RootModelListParams.builder().limit(-5).build(), "limit");
    refused(() -> RootModelListParams.builder().addCapableOf("a,b").build(), "comma");
    refused(() -> RootModelListParams.builder().addCapableOf(" ").build(), "capability");
    refused(() -> RootModelListParams.builder().ordering("").build(), "ordering");
  }

  @Test
  void badParamsMakeNoRequest() {
    SERVER.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(json(201, RootFixture.resource("created.json"))));
    assertThatThrownBy(() -> client().models().create(RootModelCreateParams.builder().name(chars(101)).build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().list(RootModelListParams.builder().limit(0).build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().update(RootFixture.MODEL_ID,
        RootModelUpdateParams.builder().maxOutputTokenCount(10).build())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().verify(RootModelVerifyParams.builder().model("").build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(requests()).isEmpty();
  }
}
