package io.modelsdk.core.spi;

import io.modelsdk.core.Model;
import io.modelsdk.core.Operation;
import io.modelsdk.core.errors.ApiException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A vendor's models resource, declared once: every operation bound to the name of the interface methods
 * that users call. Core implements the vendor's interfaces from it (sync and async; typed, raw and
 * streaming), so no vendor class implements an operation per calling mode.
 *
 * <pre>{@code
 * static final ModelsDefinition<ScaleModel, ScaleModelDeleted> MODELS =
 *     ModelsDefinition.<ScaleModel, ScaleModelDeleted>builder()
 *         .list(LIST, ScaleModelListParams.defaults())     // list() and list(ScaleModelListParams)
 *         .retrieve(RETRIEVE)                              // retrieve(String id)
 *         .callOnModel("retrieve", RETRIEVE_WITH_VIEWS)    // retrieve(String id, ScaleModelRetrieveParams)
 *         .delete(DELETE)                                  // delete(String id)
 *         .call("create", CREATE)                          // create(ScaleModelCreateParams)
 *         .callOnModel("update", UPDATE)                   // update(String id, ScaleModelUpdateParams)
 *         .build();
 * }</pre>
 *
 * <p>A method binds by its name and by how many arguments it takes before an optional trailing
 * {@link io.modelsdk.core.RequestOptions}: {@code list()} has none, {@code create(params)} one,
 * {@code update(id, params)} two. A method without {@code RequestOptions} calls with
 * {@link io.modelsdk.core.RequestOptions#none()}. A null argument other than an id (which the endpoint
 * checks) throws {@link NullPointerException} before any I/O. A method named after an {@link Operation} the
 * vendor does not declare throws {@link io.modelsdk.core.errors.OperationNotSupportedException} before
 * any I/O; any other unbound method is refused when the client is built.
 *
 * @param <M> the vendor's model type
 * @param <D> what the vendor answers to a delete
 */
public final class ModelsDefinition<M extends Model, D> {
  private final Map<String, Binding> bindings;
  private final ListCall<?, ?, M> list;
  private final Set<Operation> operations;

  private ModelsDefinition(Builder<M, D> b) {
    this.bindings = Collections.unmodifiableMap(new HashMap<>(b.bindings));
    this.list = b.list;
    EnumSet<Operation> ops = EnumSet.noneOf(Operation.class);
    for (Binding binding : bindings.values()) {
      ops.add(binding.operation());
    }
    this.operations = Collections.unmodifiableSet(ops);
  }

  /** Returns an empty builder. */
  public static <M extends Model, D> Builder<M, D> builder() {
    return new Builder<>();
  }

  /** The supported operations. */
  public Set<Operation> operations() {
    return operations;
  }

  /**
   * The binding of the methods called {@code method} taking {@code arity} arguments before their
   * options, or null.
   */
  public Binding binding(String method, int arity) {
    return bindings.get(key(method, arity));
  }

  /** The list call with the parameters of {@code list()} without arguments, or null. */
  public ListCall<?, ?, M> list() {
    return list;
  }

  private static String key(String method, int arity) {
    return method + "/" + arity;
  }

  /** How a call is made: through one endpoint, a list, or a retrieve that lists. */
  public enum Kind {
    /** One endpoint, answered by one response. */
    ENDPOINT,
    /** A list endpoint, answered by a page. */
    LIST,
    /** Retrieve by listing the models and picking the one with the id. */
    RETRIEVE_BY_LISTING,
    /** Retrieve through the endpoint, listing instead when it fails in a way the vendor names. */
    RETRIEVE_FALLING_BACK
  }

  /**
   * What one method name and arity is bound to; read by core when it implements the vendor's interfaces.
   */
  public static final class Binding {
    private final Kind kind;
    private final Operation operation;
    private final Endpoint<Object, Object> endpoint;
    private final ListEndpoint<Object, Object, Object> listEndpoint;
    private final Function<Object[], Object> params;
    private final Function<Object, Object> typed;
    private final Predicate<ApiException> fallback;

    @SuppressWarnings("unchecked")
    private Binding(Kind kind, Operation operation, Endpoint<?, ?> endpoint, ListEndpoint<?, ?, ?> listEndpoint,
        Function<Object[], Object> params, Function<?, ?> typed, Predicate<ApiException> fallback) {
      this.kind = kind;
      this.operation = operation;
      this.endpoint = (Endpoint<Object, Object>) endpoint;
      this.listEndpoint = (ListEndpoint<Object, Object, Object>) listEndpoint;
      this.params = params;
      this.typed = (Function<Object, Object>) typed;
      this.fallback = fallback;
    }

    /** How the call is made. */
    public Kind kind() {
      return kind;
    }

    /** The operation, as {@code operations()} reports it. */
    public Operation operation() {
      return operation;
    }

    /** The endpoint; null for {@link Kind#LIST} and {@link Kind#RETRIEVE_BY_LISTING}. */
    public Endpoint<Object, Object> endpoint() {
      return endpoint;
    }

    /** The list endpoint of {@link Kind#LIST}, else null. */
    public ListEndpoint<Object, Object, Object> listEndpoint() {
      return listEndpoint;
    }

    /** The endpoint's parameters from the method's arguments (options left out). */
    public Object params(Object[] args) {
      return params.apply(args);
    }

    /** What the typed call answers for the decoded body. */
    public Object typed(Object decoded) {
      return typed.apply(decoded);
    }

    /** The errors of the retrieve endpoint upon which retrieve lists instead; null unless falling back. */
    public Predicate<ApiException> fallback() {
      return fallback;
    }
  }

  /**
   * A list endpoint bound to the parameters of {@code list()} without arguments.
   *
   * @param <P> the list parameters
   * @param <E> the wire envelope
   * @param <T> the item type
   */
  public static final class ListCall<P, E, T> {
    private final ListEndpoint<P, E, T> endpoint;
    private final P params;

    ListCall(ListEndpoint<P, E, T> endpoint, P params) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
      this.params = params;
    }

    /** The list endpoint. */
    public ListEndpoint<P, E, T> endpoint() {
      return endpoint;
    }

    /** The default parameters; may be null. */
    public P params() {
      return params;
    }
  }

  /**
   * Builds a {@link ModelsDefinition}.
   *
   * @param <M> the vendor's model type
   * @param <D> what the vendor answers to a delete
   */
  public static final class Builder<M extends Model, D> {
    private final Map<String, Binding> bindings = new HashMap<>();
    private ListCall<?, ?, M> list;

    private Builder() {}

    /** Binds {@code list()} to {@code defaults} and {@code list(P params)} to the caller's parameters. */
    public <P> Builder<M, D> list(ListEndpoint<P, ?, M> list, P defaults) {
      return list(list, defaults, Function.identity());
    }

    /**
     * Binds {@code list()} and {@code list(U params)}, where the endpoint's first-page parameters are
     * {@code firstPage} of the user's (such as a cursor-carrying request around them).
     */
    public <U, P> Builder<M, D> list(ListEndpoint<P, ?, M> list, U defaults,
        Function<? super U, ? extends P> firstPage) {
      Objects.requireNonNull(list, "list == null");
      Objects.requireNonNull(firstPage, "firstPage == null");
      P first = firstPage.apply(defaults);
      this.list = new ListCall<>(list, first);
      bind("list", 0, new Binding(Kind.LIST, Operation.LIST, null, list, args -> first, null, null));
      @SuppressWarnings("unchecked")
      Function<Object, ? extends P> fromArgument = (Function<Object, ? extends P>) firstPage;
      bind("list", 1, new Binding(Kind.LIST, Operation.LIST, null, list,
          args -> fromArgument.apply(args[0]), null, null));
      return this;
    }

    /** Binds {@code retrieve(String id)}. */
    public Builder<M, D> retrieve(Endpoint<String, M> retrieve) {
      return call("retrieve", retrieve);
    }

    /**
     * Binds {@code retrieve(String id)} to listing the models and picking the one with the id, for vendors
     * that document no retrieve endpoint; an absent id is a {@link io.modelsdk.core.errors.NotFoundException}.
     * Needs {@link #list}.
     */
    public Builder<M, D> retrieveByListing() {
      return bind("retrieve", 1,
          new Binding(Kind.RETRIEVE_BY_LISTING, Operation.RETRIEVE, null, null, args -> args[0], same(), null));
    }

    /**
     * Binds {@code retrieve(String id)} to {@code retrieve}, listing and filtering instead when it fails
     * with an error {@code when} accepts, for an endpoint that is documented but not always served.
     * Needs {@link #list}.
     */
    public Builder<M, D> retrieveFallingBackToListing(Endpoint<String, M> retrieve, Predicate<ApiException> when) {
      Objects.requireNonNull(retrieve, "retrieve == null");
      Objects.requireNonNull(when, "when == null");
      return bind("retrieve", 1,
          new Binding(Kind.RETRIEVE_FALLING_BACK, Operation.RETRIEVE, retrieve, null, args -> args[0], same(), when));
    }

    /** Binds {@code delete(String id)}. */
    public Builder<M, D> delete(Endpoint<String, D> delete) {
      return call("delete", delete);
    }

    /** Binds {@code method(P params)}: the typed call answers the decoded body. */
    public <P, T> Builder<M, D> call(String method, Endpoint<P, T> endpoint) {
      return call(method, endpoint, Function.identity());
    }

    /**
     * Binds {@code method(P params)}, whose typed call answers {@code typed} of the decoded body (the
     * raw and streaming calls keep the whole body), such as the id of a created model.
     */
    public <P, T> Builder<M, D> call(String method, Endpoint<P, T> endpoint, Function<? super T, ?> typed) {
      Objects.requireNonNull(endpoint, "endpoint == null");
      Objects.requireNonNull(typed, "typed == null");
      return bind(method, 1, new Binding(Kind.ENDPOINT, endpoint.operation(), endpoint, null,
          args -> args[0], typed, null));
    }

    /** Binds {@code method(String id, P params)}: a call on one model with parameters. */
    public <P, T> Builder<M, D> callOnModel(String method, Endpoint<IdParams<P>, T> endpoint) {
      Objects.requireNonNull(endpoint, "endpoint == null");
      return bind(method, 2, new Binding(Kind.ENDPOINT, endpoint.operation(), endpoint, null,
          args -> IdParams.of((String) args[0], args[1]), same(), null));
    }

    /** Builds the definition. */
    public ModelsDefinition<M, D> build() {
      for (Binding binding : bindings.values()) {
        if (binding.kind() != Kind.ENDPOINT && binding.kind() != Kind.LIST && list == null) {
          throw new IllegalStateException("a retrieve that lists and filters needs a list endpoint");
        }
      }
      return new ModelsDefinition<>(this);
    }

    private Builder<M, D> bind(String method, int arity, Binding binding) {
      Objects.requireNonNull(method, "method == null");
      bindings.put(key(method, arity), binding);
      return this;
    }

    private static Function<Object, Object> same() {
      return Function.identity();
    }
  }
}
