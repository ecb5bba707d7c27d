package io.modelsdk.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.openai.OpenAiModel;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SDK's retrieve and list against the baseline a careful engineer writes by hand: one shared
 * OkHttpClient, one ObjectMapper, plain POJOs. Both talk to the same loopback server in the same run,
 * so read the SDK's figures as ratios to the baseline's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ModelsBenchmark {
  @Param({"3", "500"})
  int listSize;

  private FixtureServer server;
  private OpenAiClient sdk;
  private OkHttpClient http;
  private ObjectMapper mapper;

  /** The hand-written model. */
  public static final class PlainModel {
    @JsonProperty("id") public String id;
    @JsonProperty("object") public String object;
    @JsonProperty("created") public long created;
    @JsonProperty("owned_by") public String ownedBy;
    @JsonProperty("shutdown_date") public String shutdownDate;
  }

  /** The hand-written list envelope. */
  public static final class PlainList {
    @JsonProperty("object") public String object;
    @JsonProperty("data") public List<PlainModel> data;
  }

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new FixtureServer(listSize);
    sdk = OpenAiClient.builder().apiKey("sk-bench").baseUrl(server.baseUrl()).build();
    http = new OkHttpClient();
    mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  @TearDown(Level.Trial)
  public void stop() {
    sdk.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  private <T> T plainGet(String path, Class<T> type) throws IOException {
    Request request = new Request.Builder().url(server.baseUrl() + path)
        .header("Authorization", "Bearer sk-bench").build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("status " + response.code());
      }
      return mapper.readValue(response.body().byteStream(), type);
    }
  }

  @Benchmark
  public PlainModel retrieveBaseline() throws IOException {
    return plainGet("/models/gpt-4o", PlainModel.class);
  }

  @Benchmark
  public OpenAiModel retrieveSdk() {
    return sdk.models().retrieve("gpt-4o");
  }

  @Benchmark
  public List<PlainModel> listBaseline() throws IOException {
    return plainGet("/models", PlainList.class).data;
  }

  @Benchmark
  public List<OpenAiModel> listSdk() {
    return sdk.models().list().items();
  }
}
