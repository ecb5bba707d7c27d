package io.modelsdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.modelsdk.core.Sleeper;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Where async results are delivered, and how many calls run at once. */
class AsyncThreadingTest extends ReliabilityTestBase {
  /** G3: the stages are attached while the call is in flight, so they run on the completing thread. */
  @Test
  void dependentStagesNeverRunOnOkHttpThreads() throws Exception {
    SERVER.stubFor(retrieveM1().willReturn(ok().withFixedDelay(200)));
    FakeClient client = client();

    CompletableFuture<FakeModel> future = client.asyncModels().retrieve("m1");
    CompletableFuture<String> applied = future.thenApply(m -> Thread.currentThread().getName());

    assertThat(future.isDone()).as("stage attached before completion").isFalse();
    assertThat(applied.get(10, TimeUnit.SECONDS)).doesNotStartWith("OkHttp").startsWith("models-sdk-acme-callback");
  }

  @Test
  void failuresAreNotDeliveredOnOkHttpThreadsEither() throws Exception {
    SERVER.stubFor(retrieveM1().willReturn(error(404).withFixedDelay(200)));
    FakeClient client = client();

    CompletableFuture<FakeModel> future = client.asyncModels().retrieve("m1");
    CompletableFuture<String> handled = future.handle((m, e) -> {
      assertThat(e).isInstanceOf(NotFoundException.class);
      return Thread.currentThread().getName();
    });

    assertThat(handled.get(10, TimeUnit.SECONDS)).doesNotStartWith("OkHttp");
  }

  @Test
  void resultsAfterARetryOnTheTimerThreadAreNotDeliveredOnOkHttpThreads() throws Exception {
    stubSequence(ReliabilityTestBase::retrieveM1, error(503), ok().withFixedDelay(200));
    FakeClient client = client(b -> b.sleeper(Sleeper.system()));

    CompletableFuture<String> applied = client.asyncModels().retrieve("m1")
        .thenApply(m -> Thread.currentThread().getName());

    assertThat(applied.get(10, TimeUnit.SECONDS)).doesNotStartWith("OkHttp");
    assertThat(requests()).isEqualTo(2);
  }

  /**
   * G4: 100 calls to one host that answers after 200 ms. OkHttp's default of 5 per host would keep at
   * most 5 in flight; the SDK allows 64. Measured on the server, from when each request arrived to when
   * its answer was sent.
   */
  @Test
  void manyCallsToOneHostRunFarMoreThanFiveAtOnce() throws InterruptedException {
    SERVER.stubFor(retrieveM1().willReturn(ok().withFixedDelay(200)));
    FakeClient client = client();

    long start = System.nanoTime();
    List<CompletableFuture<FakeModel>> futures = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      futures.add(client.asyncModels().retrieve("m1"));
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).orTimeout(30, TimeUnit.SECONDS).join();
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(futures).allSatisfy(f -> assertThat(f.join().id()).isEqualTo("m1"));
    assertThat(requests()).isEqualTo(100);
    assertThat(maxConcurrent(timedServeEvents())).isGreaterThan(10);
    // A sanity bound only (2 rounds of 200 ms expected); the concurrency above is what tells 64 from 5.
    assertThat(elapsedMs).isLessThan(10_000);
  }

  /**
   * The server's events once each has its timing: WireMock notes how long a request took only after sending
   * the response, so the client can have its answer first (the total time was sometimes still null).
   */
  private static List<ServeEvent> timedServeEvents() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      List<ServeEvent> events = SERVER.getAllServeEvents();
      boolean allTimed = events.stream().allMatch(e -> e.getTiming() != null && e.getTiming().getTotalTime() != null);
      if (allTimed || System.nanoTime() > deadline) {
        return events;
      }
      Thread.sleep(10);
    }
  }

  /** The most requests in flight at once, from each event's arrival and the time it took to answer. */
  private static int maxConcurrent(List<ServeEvent> events) {
    List<long[]> edges = new ArrayList<>();
    for (ServeEvent e : events) {
      long arrived = e.getRequest().getLoggedDate().getTime();
      edges.add(new long[] {arrived, 1});
      edges.add(new long[] {arrived + e.getTiming().getTotalTime(), -1});
    }
    edges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1])); // ends first
    int now = 0;
    int max = 0;
    for (long[] edge : edges) {
      now += (int) edge[1];
      max = Math.max(max, now);
    }
    return max;
  }
}
