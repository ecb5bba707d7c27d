package io.modelsdk.root;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import io.modelsdk.core.CallEvent;
import io.modelsdk.core.CallListener;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.BadRequestException;
import io.modelsdk.core.http.HttpHeaders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The model keys users hand to {@code update} ({@code default_key}) and {@code verify} ({@code api_key})
 * travel in the request body and nowhere else: not in a URL, a header, a {@code toString()}, an
 * exception's message or stack trace, or an event of the client's {@link CallListener}.
 */
class RootSecretsTest extends RootWireMockTest {
  private static final String CANARY = "sk-upstream-canary-5e1f9a07";
  private static final String ONE = "/v1/models/" + RootFixture.MODEL_ID + "/";
  private static final RootModelUpdateParams ROTATE = RootModelUpdateParams.builder().defaultKey(CANARY).build();
  private static final RootModelVerifyParams VERIFY = RootModelVerifyParams.builder().model("gpt-4-turbo")
      .apiKey(CANARY).build();

  /** All the client's listener was told, as text. */
  private final StringBuffer heard = new StringBuffer();

  @Override
  protected RootClient newClient() {
    return builder().listener(new CallListener() {
      @Override
      public void requestStart(CallEvent call) {
        heard.append(call).append('\n');
      }

      @Override
      public void response(CallEvent call, int statusCode, HttpHeaders headers, Duration attemptTime) {
        heard.append(call).append(' ').append(statusCode).append(' ').append(headers).append('\n');
      }

      @Override
      public void retry(CallEvent call, Duration wait, RuntimeException cause) {
        heard.append(call).append(' ').append(printed(cause)).append('\n');
      }

      @Override
      public void success(CallEvent call, Duration total) {
        heard.append(call).append(" ok\n");
      }

      @Override
      public void failure(CallEvent call, RuntimeException error, Duration total) {
        heard.append(call).append(' ').append(printed(error)).append('\n');
      }
    }).build();
  }

  /** Everything a logger would print for {@code t}: its messages, causes and stack. */
  private static String printed(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @AfterEach
  void theListenerHeardEveryCallButNeverTheKey() {
    assertThat(heard.toString()).isNotEmpty().doesNotContain(CANARY);
    requests().forEach(r -> {
      assertThat(r.getUrl()).doesNotContain(CANARY);
      r.getHeaders().all().forEach(h -> assertThat(h.values()).noneMatch(v -> v.contains(CANARY)));
    });
  }

  @Test
  void theKeysReachTheServerInTheBodyAndShowNowhereElse() throws Exception {
    SERVER.stubFor(patch(urlPathEqualTo(ONE)).willReturn(fixture("updated.json")));
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/verify/")).willReturn(fixture("verified.json")));

    RawResponse<RootModel> updated = client().models().withRawResponse().update(RootFixture.MODEL_ID, ROTATE);
    RawResponse<RootModelVerification> verified = client().async().models().withRawResponse().verify(VERIFY)
        .get(10, TimeUnit.SECONDS);

    assertThat(requests()).extracting(r -> r.getBodyAsString()).containsExactly(
        "{\"default_key\":\"" + CANARY + "\"}", "{\"model\":\"gpt-4-turbo\",\"api_key\":\"" + CANARY + "\"}");
    assertThat(ROTATE.toString()).doesNotContain(CANARY);
    assertThat(VERIFY.toString()).doesNotContain(CANARY);
    assertThat(updated.toString()).doesNotContain(CANARY);
    assertThat(updated.parse().toString()).doesNotContain(CANARY);
    assertThat(verified.toString()).doesNotContain(CANARY);
    assertThat(verified.parse().toString()).doesNotContain(CANARY);
  }

  @Test
  void aRefusedUpdateOrVerifyShowsTheKeyNowhere() {
    SERVER.stubFor(patch(urlPathEqualTo(ONE)).willReturn(json(400,
        RootFixture.problem(400, "Invalid input.", "This key was refused by the provider.", "invalid"))));
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/verify/")).willReturn(json(400,
        RootFixture.problem(400, "Invalid input.", "This key was refused by the provider.", "invalid"))));

    Throwable update = catchThrowable(() -> client().models().update(RootFixture.MODEL_ID, ROTATE));
    Throwable verify = catchThrowable(() -> client().models().verify(VERIFY));
    Throwable async = catchThrowable(() -> client().async().models().update(RootFixture.MODEL_ID, ROTATE).join());

    assertThat(update).isInstanceOf(BadRequestException.class);
    assertThat(verify).isInstanceOf(BadRequestException.class);
    assertThat(async).isInstanceOf(CompletionException.class).hasCauseInstanceOf(BadRequestException.class);
    for (Throwable t : new Throwable[] {update, verify, async}) {
      assertThat(printed(t)).contains("This key was refused").doesNotContain(CANARY);
      assertThat(((BadRequestException) (t instanceof CompletionException ? t.getCause() : t)).body())
          .doesNotContain(CANARY);
    }
    assertThat(requests()).hasSize(3);
  }

  @Test
  void aConnectionLostDuringAnUpdateOrVerifyShowsTheKeyNowhere() {
    SERVER.stubFor(patch(urlPathEqualTo(ONE)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/verify/")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

    Throwable update = catchThrowable(() -> client().models().update(RootFixture.MODEL_ID, ROTATE));
    Throwable verify = catchThrowable(() -> client().models().withStreamingResponse().verify(VERIFY));

    assertThat(update).isInstanceOfSatisfying(ApiConnectionException.class,
        e -> assertThat(e.outcomeUnknown()).isTrue());
    assertThat(verify).isInstanceOf(ApiConnectionException.class);
    assertThat(printed(update)).doesNotContain(CANARY);
    assertThat(printed(verify)).doesNotContain(CANARY);
    assertThat(requests()).hasSize(2);
  }
}
