package io.modelsdk.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The floor: what a careful engineer writes by hand with the SDK's own building blocks. One OkHttpClient
 * allowing 64 calls per host like the SDK's (OkHttp's default is 5), one ObjectMapper, the plain POJOs
 * {@link PlainModel} and {@link PlainList}; async calls parse on OkHttp's threads.
 */
public final class FloorContender implements Contender {
  private final String baseUrl;
  private final OkHttpClient http;
  private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public FloorContender(String baseUrl) {
    this.baseUrl = baseUrl;
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(64);
    this.http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
  }

  @Override
  public String name() {
    return "floor";
  }

  @Override
  public int list() {
    return Sink.ids(get("/models", PlainList.class).data, m -> m.id);
  }

  @Override
  public int retrieve() {
    return Sink.id(get("/models/gpt-4o", PlainModel.class).id);
  }

  @Override
  public CompletableFuture<Integer> listAsync() {
    CompletableFuture<Integer> result = new CompletableFuture<>();
    http.newCall(request("/models")).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        result.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        try {
          result.complete(Sink.ids(parse(response, PlainList.class).data, m -> m.id));
        } catch (IOException | RuntimeException e) {
          result.completeExceptionally(e);
        }
      }
    });
    return result;
  }

  private <T> T get(String path, Class<T> type) {
    try {
      return parse(http.newCall(request(path)).execute(), type);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Request request(String path) {
    return new Request.Builder().url(baseUrl + path).header("Authorization", "Bearer sk-bench").build();
  }

  private <T> T parse(Response response, Class<T> type) throws IOException {
    try (response) {
      if (!response.isSuccessful()) {
        throw new IOException("status " + response.code());
      }
      return mapper.readValue(response.body().byteStream(), type);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
