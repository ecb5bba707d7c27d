package io.modelsdk.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.models.Model;
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
 * The SDK's and openai-java's retrieve and list against the baseline a careful engineer writes by hand:
 * one shared OkHttpClient, one ObjectMapper, plain POJOs. All talk to the same loopback server in the
 * same run, so read the libraries' figures as ratios to the baseline's. The harness ({@link Harness})
 * measures the same and more, interleaved per round; this stays for JMH's own rigour.
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
  private OpenAIClient openAiJava;
  private OkHttpClient http;
  private ObjectMapper mapper;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new FixtureServer();
    sdk = OpenAiClient.builder().apiKey("sk-bench").baseUrl(server.baseUrl(listSize)).build();
    openAiJava = OpenAIOkHttpClient.builder().apiKey("sk-bench").baseUrl(server.baseUrl(listSize)).build();
    http = new OkHttpClient();
    mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  @TearDown(Level.Trial)
  public void stop() {
    sdk.close();
    openAiJava.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  private <T> T plainGet(String path, Class<T> type) throws IOException {
    Request request = new Request.Builder().url(server.baseUrl(listSize) + path)
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
  public Model retrieveOpenAiJava() {
    return openAiJava.models().retrieve("gpt-4o");
  }

  @Benchmark
  public List<PlainModel> listBaseline() throws IOException {
    return plainGet("/models", PlainList.class).data;
  }

  @Benchmark
  public List<OpenAiModel> listSdk() {
    return sdk.models().list().items();
  }

  @Benchmark
  public List<Model> listOpenAiJava() {
    return openAiJava.models().list().data();
  }
}
