package io.modelsdk.core.internal;

import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.PagingException;
import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.errors.ResponseTooLargeException;
import io.modelsdk.core.internal.ClientOptions;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ModelsDefinition;
import io.modelsdk.core.spi.ResponseData;
import io.modelsdk.core.spi.ResponseDecoder;
import io.modelsdk.core.spi.VendorProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one executor of endpoint definitions: every calling mode (sync, async, raw, streaming, paged) of
 * every vendor goes through here, so request building, retries and error mapping exist once. A vendor
 * client holds one and closes it.
 */
public final class ClientRuntime implements AutoCloseable {
  /**
   * How a call reads a success body: kept whole and parsed on demand (raw responses), or parsed as it
   * arrives, with no copy of the bytes (typed calls, which parse at once anyway).
   */
  public enum Reading {
    /** Read whole, parsed on first {@code parse()}. */
    LAZY,
    /** Parsed off the wire before the call returns; a parse failure is still thrown by {@code parse()}. */
    PARSED
  }

  private final Transport transport;

  private ClientRuntime(Transport transport) {
    this.transport = transport;
  }

  /** Creates the runtime of one client. */
  public static ClientRuntime create(VendorProfile vendor, ClientOptions options) {
    return new ClientRuntime(new Transport(Objects.requireNonNull(vendor, "vendor == null"),
        Objects.requireNonNull(options, "options == null")));
  }

  /** The HTTP side of this client. */
  Transport transport() {
    return transport;
  }

  /** The vendor. */
  public VendorProfile vendor() {
    return transport.vendor();
  }

  /** The client's settings. */
  public ClientOptions options() {
    return transport.options();
  }

  /** The OkHttpClient a derived client shares: its dispatcher and connection pool, not the SDK's interceptors. */
  public okhttp3.OkHttpClient sharedHttp() {
    return transport.base();
  }

  /** Where async results are delivered. */
  public java.util.concurrent.Executor callbackExecutor() {
    return transport.callbackExecutor();
  }

  /** Implements {@code type}, a vendor's sync models interface, from {@code definition}. */
  public <S> S models(Class<S> type, ModelsDefinition<?, ?> definition) {
    return ModelsProxy.create(this, definition, type, false).get();
  }

  /**
   * Implements {@code type}, a vendor's async models interface, from {@code definition}: bound now,
   * made on first use.
   */
  public <A> Supplier<A> asyncModels(Class<A> type, ModelsDefinition<?, ?> definition) {
    return ModelsProxy.create(this, definition, type, true);
  }

  /** Calls an endpoint and reads the whole response. */
  public <P, T> RawResponse<T> execute(Endpoint<P, T> endpoint, P params, RequestOptions options) {
    return execute(endpoint, params, options, Reading.LAZY);
  }

  /** Calls an endpoint, reading the body as {@code reading} says. */
  public <P, T> RawResponse<T> execute(Endpoint<P, T> endpoint, P params, RequestOptions options, Reading reading) {
    return SyncCall.run(new Exchange<>(transport, endpoint, params, options, handler(endpoint.decoder(), reading)));
  }

  /** Calls an endpoint and answers once the headers are in. */
  public <P, T> StreamingResponse<T> stream(Endpoint<P, T> endpoint, P params, RequestOptions options) {
    return SyncCall.run(new Exchange<>(transport, endpoint, params, options, streamingHandler(endpoint.decoder())));
  }

  /** Calls an endpoint asynchronously; {@code finisher} runs on the callback executor. */
  public <P, T, V> CompletableFuture<V> executeAsync(
      Endpoint<P, T> endpoint, P params, RequestOptions options, Function<? super RawResponse<T>, ? extends V> finisher) {
    return executeAsync(endpoint, params, options, Reading.LAZY, finisher);
  }

  /** Calls an endpoint asynchronously, reading the body as {@code reading} says. */
  public <P, T, V> CompletableFuture<V> executeAsync(Endpoint<P, T> endpoint, P params, RequestOptions options,
      Reading reading, Function<? super RawResponse<T>, ? extends V> finisher) {
    return AsyncCall.start(new Exchange<>(transport, endpoint, params, options, handler(endpoint.decoder(), reading)),
        finisher);
  }

  /** Calls an endpoint asynchronously, completing once the headers are in. */
  public <P, T> CompletableFuture<StreamingResponse<T>> streamAsync(
      Endpoint<P, T> endpoint, P params, RequestOptions options) {
    return AsyncCall.start(
        new Exchange<StreamingResponse<T>>(transport, endpoint, params, options, streamingHandler(endpoint.decoder())),
        Function.identity());
  }

  /** Fetches one page of a list. */
  public <P, E, T> RawResponse<Page<T>> list(ListEndpoint<P, E, T> list, P params, RequestOptions options) {
    return list(list, params, options, Reading.LAZY);
  }

  /** Fetches one page of a list, reading the body as {@code reading} says. */
  public <P, E, T> RawResponse<Page<T>> list(ListEndpoint<P, E, T> list, P params, RequestOptions options,
      Reading reading) {
    return list(list, PageTrail.start(params), options, reading);
  }

  private <P, E, T> RawResponse<Page<T>> list(ListEndpoint<P, E, T> list, PageTrail<P> trail,
      RequestOptions options, Reading reading) {
    return SyncCall.run(new Exchange<>(transport, list.endpoint(), trail.params(), options,
        handler(pageDecoder(list, trail, options), reading)));
  }

  /** Fetches one page of a list asynchronously. */
  public <P, E, T, V> CompletableFuture<V> listAsync(ListEndpoint<P, E, T> list, P params, RequestOptions options,
      Function<? super RawResponse<AsyncPage<T>>, ? extends V> finisher) {
    return listAsync(list, params, options, Reading.LAZY, finisher);
  }

  /** Fetches one page of a list asynchronously, reading the body as {@code reading} says. */
  public <P, E, T, V> CompletableFuture<V> listAsync(ListEndpoint<P, E, T> list, P params, RequestOptions options,
      Reading reading, Function<? super RawResponse<AsyncPage<T>>, ? extends V> finisher) {
    return listAsync(list, PageTrail.start(params), options, reading, finisher);
  }

  private <P, E, T, V> CompletableFuture<V> listAsync(ListEndpoint<P, E, T> list, PageTrail<P> trail,
      RequestOptions options, Reading reading, Function<? super RawResponse<AsyncPage<T>>, ? extends V> finisher) {
    return AsyncCall.start(new Exchange<>(transport, list.endpoint(), trail.params(), options,
        handler(asyncPageDecoder(list, trail, options), reading)), finisher);
  }

  /** Fetches one page of a list, to be iterated item by item from the wire. */
  public <P, E, T> StreamingListResponse<T> streamList(ListEndpoint<P, E, T> list, P params, RequestOptions options) {
    return SyncCall.run(new Exchange<>(transport, list.endpoint(), params, options,
        streamingListHandler(list, params, options)));
  }

  /** Fetches one page of a list asynchronously, to be iterated item by item from the wire. */
  public <P, E, T> CompletableFuture<StreamingListResponse<T>> streamListAsync(
      ListEndpoint<P, E, T> list, P params, RequestOptions options) {
    return AsyncCall.start(new Exchange<>(transport, list.endpoint(), params, options,
        streamingListHandler(list, params, options)), Function.identity());
  }

  // Every decoder is guarded: a body that echoes the key must not carry it into a parse failure.

  private <T> Exchange.SuccessHandler<RawResponse<T>> handler(ResponseDecoder<T> decoder, Reading reading) {
    return reading == Reading.LAZY ? rawHandler(decoder) : parsingHandler(decoder);
  }

  /**
   * Parses the body as it arrives. With the body logged (TRACE), it is read whole first, as the log
   * needs the bytes; an empty body is decoded as zero bytes, so that its failure reads as it always has.
   */
  private <T> Exchange.SuccessHandler<RawResponse<T>> parsingHandler(ResponseDecoder<T> decoder) {
    Exchange.SuccessHandler<RawResponse<T>> whole = rawHandler(decoder);
    long limit = transport.options().maxResponseBytes();
    Redactor redactor = transport.redactor();
    return (response, headers, requestId, retries, elapsed) -> {
      WireBody wire = CallLog.HTTP.isTraceEnabled() ? null : WireBody.open(response.body(), limit);
      if (wire == null) {
        return whole.onSuccess(response, headers, requestId, retries, elapsed);
      }
      try {
        T value = null;
        RuntimeException failure = null;
        try {
          value = decoder.decode(response.code(), headers, wire);
          wire.drain();
        } catch (ResponseTooLargeException e) {
          throw e;
        } catch (RuntimeException e) {
          wire.rethrowReadFailure();
          failure = e instanceof ResponseParseException
              ? redactor.redactFailure(wire.withSnippet((ResponseParseException) e)) : e;
        }
        return new ParsedResponse<>(response.code(), headers, requestId, retries, elapsed, value, failure);
      } finally {
        response.close();
      }
    };
  }

  private <T> Exchange.SuccessHandler<RawResponse<T>> rawHandler(ResponseDecoder<T> decoder) {
    long limit = transport.options().maxResponseBytes();
    ResponseDecoder<T> guarded = transport.redactor().guard(decoder);
    return (response, headers, requestId, retries, elapsed) -> new DefaultRawResponse<>(
        new ResponseData(response.code(), headers, BodyReader.read(response.body(), limit)),
        requestId, retries, elapsed, guarded);
  }

  private <T> Exchange.SuccessHandler<StreamingResponse<T>> streamingHandler(ResponseDecoder<T> decoder) {
    long limit = transport.options().maxResponseBytes();
    ResponseDecoder<T> guarded = transport.redactor().guard(decoder);
    return (response, headers, requestId, retries, elapsed) ->
        new DefaultStreamingResponse<>(response, headers, requestId, limit, guarded);
  }

  private <P, E, T> Exchange.SuccessHandler<StreamingListResponse<T>> streamingListHandler(
      ListEndpoint<P, E, T> list, P params, RequestOptions options) {
    long limit = transport.options().maxResponseBytes();
    Redactor redactor = transport.redactor();
    ResponseDecoder<Page<T>> decoder = redactor.guard(pageDecoder(list, PageTrail.start(params), options));
    return (response, headers, requestId, retries, elapsed) -> new DefaultStreamingListResponse<>(
        response, headers, requestId, limit, decoder, list, params, redactor);
  }

  private <P, E, T> ResponseDecoder<Page<T>> pageDecoder(
      ListEndpoint<P, E, T> list, PageTrail<P> trail, RequestOptions options) {
    return new PageDecoder<>(list, trail.params(), (items, next) -> new DefaultPage<>(items, next == null ? null : () -> {
      checkAdvance(trail, next);
      return list(list, trail.then(next), options, Reading.PARSED).parse();
    }));
  }

  private <P, E, T> ResponseDecoder<AsyncPage<T>> asyncPageDecoder(
      ListEndpoint<P, E, T> list, PageTrail<P> trail, RequestOptions options) {
    return new PageDecoder<>(list, trail.params(), (items, next) -> new DefaultAsyncPage<>(items, next == null ? null : () -> {
      try {
        checkAdvance(trail, next);
      } catch (PagingException e) {
        CompletableFuture<AsyncPage<T>> failed = new CompletableFuture<>();
        failed.completeExceptionally(e);
        return failed;
      }
      return listAsync(list, trail.then(next), options, Reading.PARSED, RawResponse::parse);
    }, transport.callbackExecutor()));
  }

  /** Refuses a cursor that does not advance or that comes back (a cycle), and lists past the page cap. */
  private <P> void checkAdvance(PageTrail<P> trail, P next) {
    int index = trail.page();
    if (next.equals(trail.params())) {
      throw new PagingException(transport.vendor().name() + " returned the same next-page cursor as the page"
          + " it came with (page " + index + "); stopping instead of looping");
    }
    int seen = trail.pageOf(next);
    if (seen > 0) {
      throw new PagingException(transport.vendor().name() + " returned, on page " + index + ", the next-page"
          + " cursor that already fetched page " + seen + "; its cursors go round in a cycle, so stopping");
    }
    if (index >= transport.options().maxPages()) {
      throw new PagingException(transport.vendor().name() + " list has more than the page cap of "
          + transport.options().maxPages() + " pages; raise maxPages(...) on the client builder to read further");
    }
  }

  /** Shuts down what the client owns. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "ClientRuntime{" + transport + "}";
  }
}
