package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model id is exactly one path segment under {@code /v4/models/} in retrieve, update and delete, and
 * ids that could not be one are refused before any I/O in every calling mode.
 */
class ScaleIdEncodingTest extends ScaleWireMockTest {
  private static final String SLASHED = "team/support-bot";
  private static final String ENCODED = "/v4/models/team%2Fsupport-bot";

  @BeforeEach
  void answerEverything() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("retrieve.json")));
  }

  @Test
  void slashIsSentAsPercent2fInEveryPathOperation() throws Exception {
    client().models().retrieve(SLASHED);
    client().models().retrieve(SLASHED, ScaleFixture.VIEWS);
    client().async().models().retrieve(SLASHED).get(10, TimeUnit.SECONDS);
    client().models().update(SLASHED, ScaleFixture.UPDATE);
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("delete.json")));
    client().models().delete(SLASHED);
    assertThat(requests()).extracting(LoggedRequest::getUrl).containsExactly(ENCODED,
        ENCODED + "?view=Deployments%2CModelGroup", ENCODED, ENCODED, ENCODED);
  }

  @Test
  void colonsStay() {
    client().models().retrieve("ft:model:abc");
    assertThat(onlyRequest().getUrl()).isEqualTo("/v4/models/ft:model:abc");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "  ", ".", ".."})
  void idsThatCannotBeASegmentAreRefusedBeforeAnyRequest(String id) {
    ScaleModels m = client().models();
    ScaleAsyncModels a = client().async().models();
    ScaleModelRetrieveParams views = ScaleFixture.VIEWS;
    ScaleModelUpdateParams update = ScaleFixture.UPDATE;
    assertThatThrownBy(() -> m.retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.retrieve(id, views)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.update(id, update)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.delete(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.withRawResponse().retrieve(id, views)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.withRawResponse().update(id, update)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.withStreamingResponse().update(id, update))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.withStreamingResponse().delete(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.retrieve(id, views)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.update(id, update)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.delete(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.withRawResponse().update(id, update)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.withStreamingResponse().retrieve(id, views))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.withStreamingResponse().update(id, update))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void nullIdsAndParamsAreRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client().models().retrieve(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().models().update("mi_1", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().models().create(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().models().list((ScaleModelListParams) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().async().models().create(null)).isInstanceOf(NullPointerException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void queryAndFragmentCharactersStayInTheSegment() {
    client().models().retrieve("mi?x=1#frag");
    LoggedRequest r = onlyRequest();
    assertThat(r.getUrl()).isEqualTo("/v4/models/mi%3Fx=1%23frag");
    assertThat(r.getQueryParams()).isEmpty();
  }
}
