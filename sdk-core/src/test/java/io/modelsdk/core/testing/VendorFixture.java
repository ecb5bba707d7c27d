package io.modelsdk.core.testing;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.Model;
import io.modelsdk.core.Models;
import io.modelsdk.core.Sleeper;
import java.util.List;

/**
 * What a vendor module tells {@link ModelsContractTest} about itself: how to build a client against a
 * mock server, and the documented payloads and error bodies to serve.
 *
 * @param <M> the vendor's model type
 * @param <D> what the vendor answers to a delete
 */
public interface VendorFixture<M extends Model, D> {
  /** A client of this vendor against {@code baseUrl}, with the given key and sleeper. */
  Client<M, D> client(String baseUrl, String apiKey, Sleeper sleeper);

  /**
   * The classpath resource of the vendor's OpenAPI document, such as {@code openai/openai.yaml}, which
   * every request of the contract test must follow.
   */
  String openApiSpec();

  /**
   * An id of the vendor's own shape for the model the contract test calls {@code name} (such as
   * {@code gone-model}), so that its requests follow the vendor's document: a vendor whose ids are
   * UUIDs answers a UUID. The name itself by default.
   */
  default String idOf(String name) {
    return name;
  }

  /** The vendor's name as {@code Model.vendor()} reports it. */
  String vendor();

  /** The URL path of the list call, relative to the mock's root, such as {@code /v1/models}. */
  String listPath();

  /** A documented list payload. */
  String listBody();

  /** The ids {@link #listBody()} holds, in order. */
  List<String> listIds();

  /** The path of retrieving {@code id}; null if retrieve lists and filters. */
  String retrievePath(String encodedId);

  /** A documented retrieve payload for {@link #retrieveId()}; unused if retrieve lists and filters. */
  String retrieveBody();

  /** The id {@link #retrieveBody()} (or the list) holds. */
  String retrieveId();

  /** The path of deleting {@code id}; null if the vendor has no delete. */
  String deletePath(String encodedId);

  /** The status of a successful delete. */
  default int deleteStatus() {
    return 200;
  }

  /** A documented delete answer; may be empty for a 204. */
  String deleteBody();

  /** The vendor's error body for a 404 whose message is {@code message}. */
  String notFoundBody(String message);

  /** The vendor's error body for a 401 (a key it does not accept) whose message is {@code message}. */
  default String unauthorizedBody(String message) {
    return notFoundBody(message);
  }

  /** The credential header the vendor expects, such as {@code Authorization}. */
  String authHeader();

  /** The value of {@link #authHeader()} for {@code apiKey}. */
  String authValue(String apiKey);

  /** The response header carrying a request id, or null if the vendor has none. */
  String requestIdHeader();

  /** A list walk over several pages, for a vendor that pages; null for a vendor whose list is one page. */
  default PagedWalk pagedWalk() {
    return null;
  }

  /**
   * The calls this vendor declares beyond {@code list()}, {@code retrieve(id)} and {@code delete(id)}
   * (create, update, list or retrieve with parameters ...), each of which the contract test runs in every
   * calling mode.
   */
  default List<CallCase> extraCalls() {
    return java.util.Collections.emptyList();
  }

  /**
   * A vendor client reduced to what the contract test needs.
   *
   * @param <M> the vendor's model type
   * @param <D> what the vendor answers to a delete
   */
  interface Client<M extends Model, D> extends AutoCloseable {
    /** The sync models resource. */
    Models<M, D> models();

    /** The async models resource. */
    AsyncModels<M, D> asyncModels();

    @Override
    void close();

    /** A client whose resources are {@code models} and {@code asyncModels}, closed by {@code close}. */
    static <M extends Model, D> Client<M, D> of(Models<M, D> models, AsyncModels<M, D> asyncModels, Runnable close) {
      return new Client<M, D>() {
        @Override
        public Models<M, D> models() {
          return models;
        }

        @Override
        public AsyncModels<M, D> asyncModels() {
          return asyncModels;
        }

        @Override
        public void close() {
          close.run();
        }
      };
    }
  }
}
