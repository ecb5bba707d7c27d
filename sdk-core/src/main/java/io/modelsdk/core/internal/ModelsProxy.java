package io.modelsdk.core.internal;

import io.modelsdk.core.Operation;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.errors.OperationNotSupportedException;
import io.modelsdk.core.spi.ModelsDefinition;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A vendor's models interface implemented from its {@link ModelsDefinition}: each method is bound once,
 * when the client is built, to a {@link ModelCall} for its operation and calling mode; a call then only
 * checks its arguments and runs it. The typed view hands out its raw and streaming twins.
 */
final class ModelsProxy implements InvocationHandler {
  /** Bad input that a method checks before any I/O, then the call. */
  private interface Invoker {
    Object invoke(Object[] args);
  }

  private final String description;
  private final Map<Method, Invoker> invokers = new HashMap<>();

  private ModelsProxy(String description) {
    this.description = description;
  }

  /**
   * Implements {@code typed}, a vendor's sync or async models interface, and the raw and streaming
   * interfaces its {@code withRawResponse()} and {@code withStreamingResponse()} answer. Every method of
   * the three is bound now; the proxy objects are made when first asked for, since making a proxy class
   * is what a client pays for at start.
   *
   * @throws IllegalStateException if a method of them has no binding and names no operation
   */
  static <S> Supplier<S> create(ClientRuntime runtime, ModelsDefinition<?, ?> definition, Class<S> typed,
      boolean async) {
    String description = (async ? "AsyncModels" : "Models") + "{vendor=" + runtime.vendor().name()
        + ", operations=" + definition.operations() + "}";
    Supplier<Object> raw = proxy(runtime, definition, returnType(typed, "withRawResponse"), ModelCall.Mode.RAW,
        async, description, null, null);
    Supplier<Object> streaming = proxy(runtime, definition, returnType(typed, "withStreamingResponse"),
        ModelCall.Mode.STREAMING, async, description, null, null);
    Supplier<Object> view = proxy(runtime, definition, typed, ModelCall.Mode.TYPED, async, description, raw, streaming);
    return () -> typed.cast(view.get());
  }

  /** A proxy of {@code type} whose methods are bound in {@code mode}; a typed view hands out its twins. */
  private static Supplier<Object> proxy(ClientRuntime runtime, ModelsDefinition<?, ?> definition, Class<?> type,
      ModelCall.Mode mode, boolean async, String description, Supplier<Object> raw, Supplier<Object> streaming) {
    ModelsProxy handler = new ModelsProxy(description);
    for (Method m : type.getMethods()) { // a covariant override and the method it overrides are both here
      Invoker invoker;
      if (m.getParameterCount() == 0 && m.getName().equals("withRawResponse")) {
        invoker = args -> raw.get();
      } else if (m.getParameterCount() == 0 && m.getName().equals("withStreamingResponse")) {
        invoker = args -> streaming.get();
      } else if (m.getParameterCount() == 0 && m.getName().equals("operations")) {
        invoker = args -> definition.operations();
      } else {
        invoker = bind(runtime, definition, m, mode, async);
      }
      handler.invokers.put(m, invoker);
    }
    return new Lazy<>(() -> Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Invoker bind(ClientRuntime runtime, ModelsDefinition<?, ?> definition, Method m,
      ModelCall.Mode mode, boolean async) {
    Class<?>[] types = m.getParameterTypes();
    boolean hasOptions = types.length > 0 && types[types.length - 1] == RequestOptions.class;
    int arity = hasOptions ? types.length - 1 : types.length;
    ModelsDefinition.Binding binding = definition.binding(m.getName(), arity);
    if (binding == null) {
      Operation operation = operationNamed(m.getName());
      if (operation == null) {
        throw new IllegalStateException(m.getDeclaringClass().getName() + "." + m.getName() + " with " + arity
            + " argument(s) has no binding in the " + runtime.vendor().name() + " models definition");
      }
      return args -> {
        throw new OperationNotSupportedException(runtime.vendor().name(), operation);
      };
    }
    ModelCall call = ModelCall.of(runtime, definition, binding, mode, async);
    boolean[] isParams = new boolean[arity];
    for (int i = 0; i < arity; i++) {
      isParams[i] = types[i] != String.class;
    }
    return args -> {
      RequestOptions options = hasOptions
          ? Objects.requireNonNull((RequestOptions) args[arity], "options == null") : RequestOptions.none();
      for (int i = 0; i < arity; i++) {
        if (isParams[i] && args[i] == null) {
          throw new NullPointerException("params == null");
        }
      }
      return call.call(binding.params(args), options);
    };
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    Invoker invoker = invokers.get(method);
    if (invoker != null) {
      return invoker.invoke(args);
    }
    switch (method.getName()) {
      case "toString":
        return description;
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        throw new UnsupportedOperationException(method.toString());
    }
  }

  private static Operation operationNamed(String name) {
    for (Operation op : Operation.values()) {
      if (op.wireName().equals(name)) {
        return op;
      }
    }
    return null;
  }

  private static Class<?> returnType(Class<?> type, String name) {
    try {
      return type.getMethod(name).getReturnType(); // the most specific, for a covariant override
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no " + name + "()", e);
    }
  }
}
