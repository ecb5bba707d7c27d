package io.modelsdk.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.Model;
import io.modelsdk.core.Models;
import io.modelsdk.core.ModelsClient;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.errors.SdkException;
import io.modelsdk.core.spi.ClientProvider;
import io.modelsdk.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A chaos soak, bounded to a few seconds: many threads call all five vendors (list, async list,
 * streaming list, and the catalog of them all) against a server that answers at random with the
 * vendor's list, 5xx, 429 with a short Retry-After, a dropped connection, a cut body or slow headers.
 * Every call ends in a value or an {@link SdkException}, never another exception and never a hang; the
 * connection pool ends idle, no SDK thread outlives {@code close()}, and no message holds the key. It
 * lives here because this module's tests have every vendor on their class path.
 */
class ChaosSoakTest {
  private static final String KEY = "sk-soak-canary-0123456789";
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 40;
  private static final Duration TIMEOUT = Duration.ofMillis(300);

  /** Picks, per request, a vendor's documented answer or one of the failures. */
  public static final class Chaos implements ResponseDefinitionTransformerV2 {
    @Override
    public ResponseDefinition transform(ServeEvent event) {
      String path = event.getRequest().getUrl();
      String vendor = CatalogWireMockTest.VENDORS.entrySet().stream()
          .filter(e -> path.startsWith(e.getValue()[0])).map(Map.Entry::getKey).findFirst().orElse(null);
      if (vendor == null) {
        return aResponse().withStatus(404).build();
      }
      ResponseDefinitionBuilder ok = aResponse().withStatus(200).withHeader("Content-Type", "application/json")
          .withBody(CatalogWireMockTest.payload(CatalogWireMockTest.VENDORS.get(vendor)[1]));
      switch (ThreadLocalRandom.current().nextInt(10)) {
        case 0:
          return aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"unavailable\"}}").build();
        case 1:
          return aResponse().withStatus(500).withBody("not json at all " + KEY.substring(0, 3)).build();
        case 2:
          return aResponse().withStatus(429).withHeader("Retry-After", "0").build();
        case 3:
          return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        case 4:
          return aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE).build();
        case 5:
          return ok.withFault(Fault.MALFORMED_RESPONSE_CHUNK).build();
        case 6:
          return ok.withFixedDelay(400).build(); // slower than the clients' timeout
        default:
          return ok.build();
      }
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public String getName() {
      return "chaos";
    }
  }

  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().containerThreads(60).extensions(new Chaos())).build();

  private static Map<String, String> env() {
    String base = SERVER.baseUrl();
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", KEY);
    env.put("OPENAI_BASE_URL", base + "/openai/v1");
    env.put("ATOMASDK_BEARER_AUTH", KEY);
    env.put("ATOMA_BASE_URL", base + "/atoma");
    env.put("SGP_API_KEY", KEY);
    env.put("SGP_CLIENT_BASE_URL", base + "/scale");
    env.put("ROOTSIGNALS_API_KEY", KEY);
    env.put("ROOTSIGNALS_API_URL", base + "/root");
    env.put("CHOREOAI_API_KEY", KEY);
    env.put("CHOREOAI_BASE_URL", base + "/choreo");
    return env;
  }

  @Test
  void everyCallEndsInAValueOrAnSdkExceptionAndNothingIsLeftBehind() throws Exception {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    ConnectionPool pool = new ConnectionPool(10, 30, TimeUnit.SECONDS);
    OkHttpClient shared = new OkHttpClient.Builder().connectionPool(pool).build();
    Map<String, String> env = env();
    // Each vendor twice: once on its own pool and threads, once on the shared OkHttpClient; both with a
    // timeout the slow answers exceed, and retries that do not wait.
    List<ModelsClient<?, ?>> clients = new ArrayList<>();
    List<ModelsClient<?, ?>> sharing = new ArrayList<>();
    ModelCatalog.Builder catalogOfShared = ModelCatalog.builder().deadline(Duration.ofSeconds(5));
    for (ClientProvider p : ServiceLoader.load(ClientProvider.class)) {
      if (!p.isConfigured(env::get)) {
        continue; // core's test vendor: no key given
      }
      clients.add(p.builder().fromEnv(env::get).timeout(TIMEOUT).sleeper(new RecordingSleeper()).build());
      ModelsClient<?, ?> onShared = p.builder().fromEnv(env::get).timeout(TIMEOUT).sleeper(new RecordingSleeper())
          .httpClient(shared).build();
      sharing.add(onShared);
      catalogOfShared.add(onShared);
    }
    assertThat(clients).hasSize(5);

    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    List<Throwable> wrong = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    try (ModelCatalog catalog = catalogOfShared.build()) {
      for (int t = 0; t < THREADS; t++) {
        running.add(threads.submit(() -> {
          start.await();
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            List<ModelsClient<?, ?>> from = i % 2 == 0 ? clients : sharing;
            ModelsClient<?, ?> client = from.get(ThreadLocalRandom.current().nextInt(from.size()));
            String outcome = call(client, catalog, i % 4);
            if (outcome.startsWith("wrong ")) {
              synchronized (wrong) {
                wrong.add(new AssertionError(outcome));
              }
            }
            outcomes.computeIfAbsent(outcome.startsWith("wrong ") ? "wrong" : outcome, k -> new AtomicInteger())
                .incrementAndGet();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : running) {
        f.get(60, TimeUnit.SECONDS); // a hang fails here
      }
    } finally {
      threads.shutdownNow();
      clients.forEach(ModelsClient::close);
      sharing.forEach(ModelsClient::close);
    }

    assertThat(wrong).isEmpty();
    assertThat(outcomes.keySet()).as("outcomes %s", outcomes).contains("value", "sdk-exception");
    assertThat(pool.connectionCount()).as("the shared pool ends idle").isEqualTo(pool.idleConnectionCount());
    assertThat(shared.dispatcher().runningCallsCount()).isZero();
    waitForNoSdkThreads();
  }

  /** One call in the mode {@code mode} picks; answers "value", "sdk-exception" or "wrong ..." with what escaped. */
  private static String call(ModelsClient<?, ?> client, ModelCatalog catalog, int mode) {
    try {
      switch (mode) {
        case 0:
          list(client.models());
          break;
        case 1:
          asyncList(client.asyncModels());
          break;
        case 2:
          streamingList(client.models());
          break;
        default:
          CatalogSnapshot all = catalog.listAll();
          for (VendorListing l : all.listings()) {
            if (!l.isUp() && l.failure().get().getMessage().contains(KEY)) {
              return "wrong key in " + l;
            }
          }
      }
      return "value";
    } catch (SdkException e) {
      return e.getMessage() != null && e.getMessage().contains(KEY) ? "wrong key in " + e : "sdk-exception";
    } catch (Throwable e) {
      return "wrong " + e;
    }
  }

  private static <M extends Model> void list(Models<M, ?> models) {
    for (M m : models.list().autoPager()) {
      m.id();
    }
  }

  private static <M extends Model> void asyncList(AsyncModels<M, ?> models) throws Throwable {
    try {
      models.list().thenCompose(p -> p.autoPager().toList()).get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause();
    }
  }

  private static <M extends Model> void streamingList(Models<M, ?> models) {
    try (StreamingListResponse<M> s = models.withStreamingResponse().list()) {
      for (M m : s) {
        m.id();
      }
    }
  }

  private static void waitForNoSdkThreads() throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until && !sdkThreads().isEmpty()) {
      Thread.sleep(20);
    }
    assertThat(sdkThreads()).as("SDK threads alive after close()").isEmpty();
  }

  private static List<String> sdkThreads() {
    List<String> names = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith("models-sdk-") && !t.getName().startsWith("models-sdk-retry-timer")) {
        names.add(t.getName());
      }
    }
    return names;
  }
}
