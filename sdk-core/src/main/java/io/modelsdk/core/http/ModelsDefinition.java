package io.modelsdk.core.http;

import io.modelsdk.core.Model;
import io.modelsdk.core.Operation;
import io.modelsdk.core.errors.ApiException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A vendor's models resource: its endpoints, each absent where the vendor lacks the operation.
 * {@code ClientRuntime.models(definition)} turns it into the {@link io.modelsdk.core.Models}
 * users call.
 *
 * @param <M> the vendor's model type
 * @param <D> what the vendor answers to a delete
 */
public final class ModelsDefinition<M extends Model, D> {
  private final Endpoint<String, M> retrieve;
  private final ListCall<?, ?, M> list;
  private final Endpoint<String, D> delete;
  private final Predicate<ApiException> listingFallback;
  private final Set<Operation> operations;

  private ModelsDefinition(Builder<M, D> b) {
    this.retrieve = b.retrieve;
    this.list = b.list;
    this.delete = b.delete;
    this.listingFallback = b.listingFallback;
    if (listingFallback != null && list == null) {
      throw new IllegalStateException("a retrieve that lists and filters needs a list endpoint");
    }
    EnumSet<Operation> ops = EnumSet.noneOf(Operation.class);
    if (retrieve != null || listingFallback != null) {
      ops.add(Operation.RETRIEVE);
    }
    if (list != null) {
      ops.add(Operation.LIST);
    }
    if (delete != null) {
      ops.add(Operation.DELETE);
    }
    ops.addAll(b.extra);
    this.operations = Collections.unmodifiableSet(ops);
  }

  /** Returns an empty builder. */
  public static <M extends Model, D> Builder<M, D> builder() {
    return new Builder<>();
  }

  /** The retrieve endpoint, or null if the vendor has none (see {@link #listingFallback()}). */
  public Endpoint<String, M> retrieve() {
    return retrieve;
  }

  /**
   * When retrieve lists the models and filters by id instead: always if there is no retrieve endpoint,
   * else for the errors of the retrieve endpoint this accepts. Null if retrieve never lists.
   */
  public Predicate<ApiException> listingFallback() {
    return listingFallback;
  }

  /** The list call with its default parameters, or null. */
  public ListCall<?, ?, M> list() {
    return list;
  }

  /** The delete endpoint, or null. */
  public Endpoint<String, D> delete() {
    return delete;
  }

  /** The supported operations. */
  public Set<Operation> operations() {
    return operations;
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
    private Endpoint<String, M> retrieve;
    private ListCall<?, ?, M> list;
    private Endpoint<String, D> delete;
    private Predicate<ApiException> listingFallback;
    private final EnumSet<Operation> extra = EnumSet.noneOf(Operation.class);

    private Builder() {}

    /** Sets the retrieve endpoint. */
    public Builder<M, D> retrieve(Endpoint<String, M> retrieve) {
      this.retrieve = Objects.requireNonNull(retrieve, "retrieve == null");
      return this;
    }

    /**
     * Retrieve lists the models and picks the one with the id, for vendors that document no retrieve
     * endpoint; an absent id is a {@link io.modelsdk.core.errors.NotFoundException}.
     */
    public Builder<M, D> retrieveByListing() {
      this.retrieve = null;
      this.listingFallback = e -> true;
      return this;
    }

    /**
     * Retrieve calls {@code retrieve}, and lists and filters instead when it fails with an error
     * {@code when} accepts, for an endpoint that is documented but not always served.
     */
    public Builder<M, D> retrieveFallingBackToListing(Endpoint<String, M> retrieve, Predicate<ApiException> when) {
      this.retrieve = Objects.requireNonNull(retrieve, "retrieve == null");
      this.listingFallback = Objects.requireNonNull(when, "when == null");
      return this;
    }

    /** Sets the list endpoint and the parameters of a plain {@code list()}. */
    public <P> Builder<M, D> list(ListEndpoint<P, ?, M> list, P defaultParams) {
      this.list = bind(list, defaultParams);
      return this;
    }

    /** Sets the delete endpoint. */
    public Builder<M, D> delete(Endpoint<String, D> delete) {
      this.delete = Objects.requireNonNull(delete, "delete == null");
      return this;
    }

    /** Declares an operation the vendor module serves with methods of its own, such as create. */
    public Builder<M, D> alsoSupports(Operation operation) {
      extra.add(operation);
      return this;
    }

    /** Builds the definition. */
    public ModelsDefinition<M, D> build() {
      return new ModelsDefinition<>(this);
    }

    private static <P, E, T> ListCall<P, E, T> bind(ListEndpoint<P, E, T> endpoint, P params) {
      return new ListCall<>(endpoint, params);
    }
  }
}
