package io.modelsdk.examples.readme;

import io.modelsdk.catalog.CatalogEntry;
import io.modelsdk.catalog.CatalogSnapshot;
import io.modelsdk.catalog.ModelCatalog;
import io.modelsdk.catalog.ModelOffer;
import io.modelsdk.core.CallEvent;
import io.modelsdk.core.CallListener;
import io.modelsdk.core.Operation;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.RetryConfig;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.RateLimitException;
import io.modelsdk.core.errors.SdkException;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.openai.OpenAiModel;
import io.modelsdk.scale.ScaleClient;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.OkHttpClient;

/**
 * The root README's Java snippets, compiled: {@link ReadmeSnippetsTest} checks that the README shows
 * exactly the lines between each {@code readme-start} and {@code readme-end}. The fields and helpers
 * stand for what a user's application would have (a logger, metrics, an executor).
 */
@SuppressWarnings({"unused", "resource"})
final class ReadmeSnippets {
  private final Executor myExecutor = Runnable::run;
  private final LongAdder retries = new LongAdder();
  private final Log log = new Log();
  private OpenAiClient openai;

  /** A logger with SLF4J's shape. */
  static final class Log {
    void info(String format, Object... args) {}

    void warn(String format, Object... args) {}
  }

  /** A timer with Micrometer's shape. */
  interface Timer {
    void record(Duration d);
  }

  Timer timer(String vendor, Operation operation) {
    return d -> {};
  }

  void schedule(Duration wait) {}

  void quickStart() {
    // readme-start
    // OPENAI_API_KEY, and optionally OPENAI_BASE_URL, OPENAI_ORG_ID, OPENAI_PROJECT_ID
    try (OpenAiClient openai = OpenAiClient.fromEnv()) {
        // sync
        for (OpenAiModel m : openai.models().list().autoPager()) {
            System.out.println(m.id() + " owned by " + m.ownedBy().orElse("?"));
        }
        OpenAiModel model = openai.models().retrieve("gpt-4o");

        // async: completes on the client's callback executor; cancel() cancels the HTTP call
        CompletableFuture<OpenAiModel> future = openai.async().models().retrieve("gpt-4o");
        System.out.println(future.join().createdAt());

        // raw: status, headers and request id, body parsed on demand
        RawResponse<OpenAiModel> raw = openai.models().withRawResponse().retrieve("gpt-4o");
        System.out.println(raw.headers().firstValue("x-ratelimit-remaining-requests").orElse("n/a")
            + " requests left, request id " + raw.requestId().orElse("-"));
        OpenAiModel parsed = raw.parse();
    }
    // readme-end
  }

  OpenAiClient local() {
    // readme-start
    OpenAiClient local = OpenAiClient.builder()
            .apiKey("anything")
            .baseUrl("http://localhost:8000/v1")
            .retry(RetryConfig.builder().maxRetries(3).build())
            .timeout(Duration.ofSeconds(30))
            .build();
    // readme-end
    return local;
  }

  void streaming() {
    // readme-start
    try (StreamingListResponse<OpenAiModel> s = openai.models().withStreamingResponse().list()) {
        for (OpenAiModel m : s) {
            System.out.println(m.id());
        }
    }
    // readme-end
  }

  void catalog() {
    // readme-start
    try (ModelCatalog catalog = ModelCatalog.fromEnv()) {  // every vendor whose key is set
        CatalogSnapshot all = catalog.listAll();           // at once, each vendor under its deadline
        for (CatalogEntry model : all.entries()) {
            System.out.println(model.id() + " " + model.vendors());
        }
        all.failures().forEach(System.out::println);       // "scale: failed, ... in 10003 ms"
        Optional<ModelOffer> where = all.firstAvailable("gpt-4o", "choreoai", "openai");
    }
    // readme-end
  }

  ScaleClient configuration() {
    // readme-start
    OkHttpClient shared = new OkHttpClient.Builder()
            .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.corp", 3128)))
            .build();

    ScaleClient scale = ScaleClient.builder().fromEnv()
            .httpClient(shared)                                  // proxy, pool and dispatcher shared
            .timeout(Duration.ofSeconds(20))
            .retry(RetryConfig.builder().maxRetries(4).deadline(Duration.ofMinutes(1)).build())
            .callbackExecutor(myExecutor)                        // async results complete here
            .listener(new CallListener() {                       // metrics or tracing, no wrapping
                @Override public void success(CallEvent call, Duration total) {
                    timer(call.vendor(), call.operation()).record(total);
                }
                @Override public void retry(CallEvent call, Duration wait, RuntimeException cause) {
                    retries.increment();
                }
            })
            .build();

    scale.models().retrieve("my-model",
            RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).header("X-Trace", "abc").build());
    // readme-end
    return scale;
  }

  OpenAiClient withOptions() {
    // readme-start
    OpenAiClient patient = openai.withOptions(b -> b.timeout(Duration.ofMinutes(2)).maxRetries(5));
    // readme-end
    return patient;
  }

  void errors() {
    // readme-start
    try {
        OpenAiModel m = openai.models().retrieve("gpt-5-turbo-ultra");
    } catch (NotFoundException e) {
        log.info("no such model: {} ({})", e.vendorMessage().orElse(""), e.requestId().orElse("-"));
    } catch (RateLimitException e) {
        schedule(e.retryAfter().orElse(Duration.ofSeconds(30)));   // only after the SDK's own retries
    } catch (ApiConnectionException e) {
        if (e.outcomeUnknown()) { /* a create may have happened: check before trying again */ }
    } catch (SdkException e) {
        log.warn("models call failed after {} attempts", e.attempts(), e);
    }
    // readme-end
  }
}
