package io.modelsdk.core.internal;

import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ModelsDefinition;
import java.util.function.Function;
import io.modelsdk.core.internal.ClientRuntime.Reading;

/**
 * One bound operation in one calling mode, chosen once when the client is built: the typed call is the
 * raw call parsed off the wire plus {@code parse()}, async the same in a future on the callback executor.
 */
interface ModelCall {
  /** What a call answers: the parsed body, the whole response, or the response before its body is read. */
  enum Mode {
    TYPED, RAW, STREAMING
  }

  /** Makes the call with the endpoint's parameters. */
  Object call(Object params, RequestOptions options);

  /** The call of {@code binding} in {@code mode}, sync or async. */
  static ModelCall of(ClientRuntime runtime, ModelsDefinition<?, ?> definition, ModelsDefinition.Binding binding,
      Mode mode, boolean async) {
    switch (binding.kind()) {
      case LIST:
        return list(runtime, binding.listEndpoint(), mode, async);
      case ENDPOINT:
        return endpoint(runtime, binding, mode, async);
      default:
        return Retrieve.call(runtime, definition, binding, mode, async);
    }
  }

  /** The calls of one endpoint. */
  static ModelCall endpoint(ClientRuntime runtime, ModelsDefinition.Binding binding, Mode mode, boolean async) {
    Endpoint<Object, Object> e = binding.endpoint();
    if (async) {
      switch (mode) {
        case TYPED:
          return (p, o) -> runtime.executeAsync(e, p, o, Reading.PARSED, raw -> binding.typed(raw.parse()));
        case RAW:
          return (p, o) -> runtime.executeAsync(e, p, o, Function.identity());
        default:
          return (p, o) -> runtime.streamAsync(e, p, o);
      }
    }
    switch (mode) {
      case TYPED:
        return (p, o) -> binding.typed(runtime.execute(e, p, o, Reading.PARSED).parse());
      case RAW:
        return (p, o) -> runtime.execute(e, p, o);
      default:
        return (p, o) -> runtime.stream(e, p, o);
    }
  }

  /** The calls of one list endpoint: a page, its raw response, or items read off the wire. */
  static ModelCall list(ClientRuntime runtime, ListEndpoint<Object, Object, Object> list, Mode mode, boolean async) {
    if (async) {
      switch (mode) {
        case TYPED:
          return (p, o) -> runtime.listAsync(list, p, o, Reading.PARSED, RawResponse::parse);
        case RAW:
          return (p, o) -> runtime.listAsync(list, p, o, Function.identity());
        default:
          return (p, o) -> runtime.streamListAsync(list, p, o);
      }
    }
    switch (mode) {
      case TYPED:
        return (p, o) -> runtime.list(list, p, o, Reading.PARSED).parse();
      case RAW:
        return (p, o) -> runtime.list(list, p, o);
      default:
        return (p, o) -> runtime.streamList(list, p, o);
    }
  }
}
