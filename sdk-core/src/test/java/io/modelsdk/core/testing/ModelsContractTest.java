package io.modelsdk.core.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Model;
import io.modelsdk.core.Operation;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.OperationNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The behaviour every vendor module shares, run against WireMock serving the vendor's documented
 * payloads. A vendor module extends it with a {@link VendorFixture}:
 *
 * <pre>{@code
 * class OpenAiModelsContractTest extends ModelsContractTest<OpenAiModel, OpenAiModelDeleted> {
 *   protected VendorFixture<OpenAiModel, OpenAiModelDeleted> fixture() { return new OpenAiFixture(); }
 * }
 * }</pre>
 *
 * <p>Covers: list (ids, vendor, item-by-item streaming), retrieve (sync, raw, async), delete or its
 * refusal before any I/O, the credential header, raw status and headers with the request id, async
 * list, 404 mapped to {@link NotFoundException} with the vendor's message, and 500 retried twice then
 * mapped to {@link InternalServerException}.
 *
 * @param <M> the vendor's model type
 * @param <D> what the vendor answers to a delete
 */
public abstract class ModelsContractTest<M extends Model, D> {
  /** A key that must never leak; tests look for it in messages. */
  protected static final String KEY = "sk-contract-canary-0123456789";

  @RegisterExtension
  protected static final WireMockExtension SERVER =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** The vendor under test. */
  protected abstract VendorFixture<M, D> fixture();

  /** The mock's root URL; vendors whose base URL has a path prefix add it in their fixture. */
  protected String baseUrl() {
    return SERVER.baseUrl();
  }

  protected VendorFixture<M, D> vendor;
  protected RecordingSleeper sleeper;
  protected VendorFixture.Client<M, D> client;

  @BeforeEach
  void startClient() {
    vendor = fixture();
    sleeper = new RecordingSleeper();
    client = vendor.client(baseUrl(), KEY, sleeper);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private void stubList() {
    SERVER.stubFor(get(urlPathEqualTo(vendor.listPath())).willReturn(json(200, vendor.listBody())));
  }

  private void stubRetrieve() {
    String path = vendor.retrievePath(vendor.retrieveId());
    if (path == null) {
      stubList();
    } else {
      SERVER.stubFor(get(urlPathEqualTo(path)).willReturn(json(200, vendor.retrieveBody())
          .withHeader(vendor.requestIdHeader() == null ? "x-unused" : vendor.requestIdHeader(), "req_contract")));
    }
  }

  protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  @Test
  void listReturnsTheDocumentedModels() {
    stubList();
    Page<M> page = client.models().list();
    assertThat(page.items()).extracting(Model::id).containsExactlyElementsOf(vendor.listIds());
    assertThat(page.items()).allSatisfy(m -> assertThat(m.vendor()).isEqualTo(vendor.vendor()));
    assertThat(client.models().operations()).contains(Operation.LIST);
  }

  @Test
  void listStreamsItemsOneByOne() {
    stubList();
    List<String> ids = new ArrayList<>();
    try (StreamingListResponse<M> s = client.models().withStreamingResponse().list()) {
      assertThat(s.statusCode()).isEqualTo(200);
      for (M m : s) {
        ids.add(m.id());
      }
    }
    assertThat(ids).containsExactlyElementsOf(vendor.listIds());
  }

  @Test
  void sendsTheVendorsCredentialHeader() {
    stubList();
    client.models().list();
    assertThat(SERVER.getAllServeEvents()).singleElement().satisfies(e ->
        assertThat(e.getRequest().getHeader(vendor.authHeader())).isEqualTo(vendor.authValue(KEY)));
  }

  @Test
  void retrieveReturnsTheModel() {
    stubRetrieve();
    M model = client.models().retrieve(vendor.retrieveId());
    assertThat(model.id()).isEqualTo(vendor.retrieveId());
    assertThat(model.vendor()).isEqualTo(vendor.vendor());
  }

  @Test
  void rawRetrieveExposesStatusHeadersAndRequestId() {
    stubRetrieve();
    RawResponse<M> raw = client.models().withRawResponse().retrieve(vendor.retrieveId());
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(raw.retries()).isZero();
    if (vendor.requestIdHeader() != null && vendor.retrievePath(vendor.retrieveId()) != null) {
      assertThat(raw.requestId()).hasValue("req_contract");
    }
    assertThat(raw.parse()).isSameAs(raw.parse());
    assertThat(raw.parse().id()).isEqualTo(vendor.retrieveId());
  }

  @Test
  void asyncRetrieveAndListComplete() throws Exception {
    stubRetrieve();
    stubList();
    M model = client.asyncModels().retrieve(vendor.retrieveId()).get(10, TimeUnit.SECONDS);
    assertThat(model.id()).isEqualTo(vendor.retrieveId());
    AsyncPage<M> page = client.asyncModels().list().get(10, TimeUnit.SECONDS);
    assertThat(page.items().stream().map(Model::id).collect(Collectors.toList()))
        .containsExactlyElementsOf(vendor.listIds());
  }

  @Test
  void deleteWorksOrIsRefusedBeforeAnyIo() {
    String path = vendor.deletePath("gone-model");
    if (path == null) {
      assertThat(client.models().operations()).doesNotContain(Operation.DELETE);
      assertThatThrownBy(() -> client.models().delete("gone-model"))
          .isInstanceOf(OperationNotSupportedException.class)
          .hasMessageContaining(vendor.vendor()).hasMessageContaining("delete");
      assertThatThrownBy(() -> client.asyncModels().delete("gone-model"))
          .isInstanceOf(OperationNotSupportedException.class);
      assertThat(SERVER.getAllServeEvents()).isEmpty();
      return;
    }
    SERVER.stubFor(delete(urlPathEqualTo(path)).willReturn(
        aResponse().withStatus(vendor.deleteStatus()).withHeader("Content-Type", "application/json")
            .withBody(vendor.deleteBody())));
    assertThat(client.models().operations()).contains(Operation.DELETE);
    client.models().delete("gone-model"); // what it answers is the vendor's; a 204 may answer nothing
    assertThat(SERVER.getAllServeEvents()).singleElement()
        .satisfies(e -> assertThat(e.getRequest().getMethod().getName()).isEqualTo("DELETE"));
  }

  @Test
  void notFoundMapsToNotFoundExceptionWithTheVendorsMessage() {
    String path = vendor.retrievePath("no-such-model");
    if (path == null) {
      stubList(); // list-then-filter: absence is a 404 of the SDK's own
      assertThatThrownBy(() -> client.models().retrieve("no-such-model"))
          .isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-model");
      return;
    }
    SERVER.stubFor(get(urlPathEqualTo(path)).willReturn(json(404, vendor.notFoundBody("The model does not exist"))));
    assertThatThrownBy(() -> client.models().retrieve("no-such-model"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.vendorMessage()).hasValue("The model does not exist");
          assertThat(e.getMessage()).contains("The model does not exist").doesNotContain(KEY);
        });
    assertThatThrownBy(() -> client.asyncModels().retrieve("no-such-model").join())
        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void serverErrorsAreRetriedThenMapped() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(500, vendor.notFoundBody("boom"))));
    assertThatThrownBy(() -> client.models().list())
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(500);
          assertThat(e.attempts()).isEqualTo(3);
        });
    SERVER.verify(3, getRequestedFor(urlPathEqualTo(vendor.listPath())));
    assertThat(sleeper.sleeps()).hasSize(2);
  }
}
