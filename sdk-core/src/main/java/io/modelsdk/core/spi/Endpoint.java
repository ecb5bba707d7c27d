package io.modelsdk.core.spi;

import io.modelsdk.core.Operation;
import java.util.Objects;

/**
 * One API call, declared once by a vendor module: its operation, HTTP method, how the request is
 * written and how the answer is read. Core derives the sync, async, raw and streaming calls from it.
 *
 * <pre>{@code
 * static final Endpoint<String, OpenAiModel> RETRIEVE = Endpoint.of(
 *     Operation.RETRIEVE, "GET",
 *     (id, r) -> r.path("models").pathParam("model id", id),
 *     ResponseDecoder.json(OpenAiModel.class));
 * }</pre>
 *
 * @param <P> the call's parameter type
 * @param <T> the decoded answer
 */
public final class Endpoint<P, T> {
  private final Operation operation;
  private final String method;
  private final RequestWriter<P> writer;
  private final ResponseDecoder<T> decoder;

  private Endpoint(Operation operation, String method, RequestWriter<P> writer, ResponseDecoder<T> decoder) {
    this.operation = Objects.requireNonNull(operation, "operation == null");
    this.method = Objects.requireNonNull(method, "method == null");
    this.writer = Objects.requireNonNull(writer, "writer == null");
    this.decoder = Objects.requireNonNull(decoder, "decoder == null");
  }

  /** Declares an endpoint; {@code method} is an HTTP method such as {@code GET}. */
  public static <P, T> Endpoint<P, T> of(
      Operation operation, String method, RequestWriter<P> writer, ResponseDecoder<T> decoder) {
    return new Endpoint<>(operation, method, writer, decoder);
  }

  /** The operation this endpoint carries out. */
  public Operation operation() {
    return operation;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** True for methods a server may see twice without harm (GET, HEAD, PUT, DELETE). */
  public boolean idempotent() {
    return !method.equals("POST") && !method.equals("PATCH");
  }

  /** True for methods that change nothing on the server (GET, HEAD). */
  public boolean safe() {
    return method.equals("GET") || method.equals("HEAD");
  }

  /** Writes the request for {@code params}. */
  public void write(P params, RequestSpec request) {
    writer.write(params, request);
  }

  /** The decoder of a success response. */
  public ResponseDecoder<T> decoder() {
    return decoder;
  }
}
