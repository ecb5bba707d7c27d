package io.modelsdk.core.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.modelsdk.core.Model;
import io.modelsdk.core.Page;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.errors.SdkException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;

/**
 * A fuzz input served as the HTTP answer by an OkHttp interceptor, so that a vendor's fuzz test drives
 * the SDK's real parse paths end to end without a network; only the SDK's own exceptions may escape.
 *
 * <p>An input is a five-byte head and the body, readable in a seed file such as {@code 02000{"id":...}}:
 * byte 0 picks the call ({@code 0} retrieve, {@code 1} list, {@code 2} list streamed item by item),
 * bytes 1 to 3 are the status as three digits, byte 4 picks the content type from
 * {@link #CONTENT_TYPES}, and the rest is the body. Any byte is valid: each counts modulo the number
 * of choices, taken from {@code '0'}. The first request gets that answer; a later one (the next page,
 * ChoreoAI's listing after a route-level 404) gets the same body with status 200.
 *
 * <p>A call that takes more than {@value #HANG_SECONDS} s is a finding (a hang). The calls run on a
 * worker thread for that, rather than under JUnit's {@code @Timeout}: in fuzzing mode JUnit would time
 * out the whole fuzzing run.
 *
 * <p>Every vendor module has the same copy of this class, which belongs in core's test-jar
 * ({@code io.modelsdk.core.testing}) beside the other helpers vendor tests share.
 */
public final class FuzzedAnswer {
  /** What the fuzz test calls. */
  public enum Call { RETRIEVE, LIST, STREAM }

  /** The content types byte 4 picks from; null sends none. */
  private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8",
      "text/html; charset=utf-8", "text/plain", null, "application/problem+json",
      "application/json; charset=utf-16", "application/octet-stream", ";", "application/json; charset=nope"};
  private static final int HEAD = 5;
  private static final int HANG_SECONDS = 10;

  private final List<TrackedBody> bodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile int status;
  private volatile String contentType;
  private volatile byte[] body;
  private ExecutorService worker = newWorker();

  /** An OkHttpClient whose application interceptor answers every request from the current input. */
  public OkHttpClient httpClient() {
    return new OkHttpClient.Builder().addInterceptor(this::answer).build();
  }

  /**
   * Reads the call and the answer from {@code data}, runs {@code calls} on the call and accepts only
   * the SDK's own exceptions; then checks that every response body it served was closed or read to
   * its end.
   */
  public void serve(FuzzedDataProvider data, Consumer<Call> calls) {
    byte[] head = Arrays.copyOf(data.consumeBytes(HEAD), HEAD);
    Call call = Call.values()[pick(head[0], Call.values().length)];
    status = 100 * pick(head[1], 10) + 10 * pick(head[2], 10) + pick(head[3], 10);
    contentType = CONTENT_TYPES[pick(head[4], CONTENT_TYPES.length)];
    body = data.consumeRemainingAsBytes();
    requests.set(0);
    bodies.clear();
    Future<?> done = worker.submit(() -> calls.accept(call));
    try {
      done.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      rethrowUnlessSdk(e.getCause());
    } catch (TimeoutException e) {
      done.cancel(true);
      worker = newWorker(); // the old one may never come back
      throw new AssertionError(call + " of a " + status + " answer did not finish within " + HANG_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    for (TrackedBody b : bodies) {
      if (!b.released) {
        throw new AssertionError(call + " left a " + status + " response body neither closed nor read to its end");
      }
    }
  }

  /** Reads everything a user could read of a model. */
  public static void read(Model m) {
    m.id();
    m.vendor();
    m.ownedBy();
    m.createdAt();
    m.toString();
    m.hashCode();
  }

  /** Reads a page's items, and the next page's if there is one. */
  public static void read(Page<? extends Model> page) {
    page.items().forEach(FuzzedAnswer::read);
    if (page.hasNextPage()) {
      page.nextPage().items().forEach(FuzzedAnswer::read);
    }
  }

  /** Iterates a streamed list item by item, then closes it. */
  public static void read(StreamingListResponse<? extends Model> list) {
    try (list) {
      for (Model m : list) {
        read(m);
      }
    }
  }

  /** Lets the SDK's own failure pass: a parse failure, an ApiException for an error status, a paging refusal. */
  private static void rethrowUnlessSdk(Throwable t) {
    if (t instanceof SdkException) {
      return;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    throw new AssertionError(t);
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzzed-call");
      t.setDaemon(true);
      return t;
    });
  }

  private static int pick(byte b, int choices) {
    return Math.floorMod(b - '0', choices);
  }

  private Response answer(Interceptor.Chain chain) {
    boolean first = requests.getAndIncrement() == 0;
    TrackedBody tracked = new TrackedBody(new Buffer().write(body));
    bodies.add(tracked);
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    Response.Builder response = new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1)
        .code(first ? status : 200).message("Fuzzed")
        .body(ResponseBody.create(Okio.buffer(tracked), type, body.length));
    if (contentType != null) {
      response.header("Content-Type", contentType);
    }
    return response.build();
  }

  /** A body that notes when it is closed or read to its end. */
  private static final class TrackedBody extends ForwardingSource {
    volatile boolean released;

    TrackedBody(Buffer content) {
      super(content);
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      long n = super.read(sink, byteCount);
      if (n == -1) {
        released = true;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      released = true;
      super.close();
    }
  }
}
