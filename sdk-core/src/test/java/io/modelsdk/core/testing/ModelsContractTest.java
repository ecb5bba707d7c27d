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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Model;
import io.modelsdk.core.ModelsClient;
import io.modelsdk.core.Operation;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.OperationNotSupportedException;
import io.modelsdk.core.spi.ClientProvider;
import io.modelsdk.core.spi.SdkJson;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
 * <p>Covers the mode matrix: every call the vendor declares (list, retrieve, delete, and its
 * {@link VendorFixture#extraCalls()}) in each of sync and async &times; typed, raw and streaming, checking
 * the request (method, path, query, body, credential and per-call headers) and the answer (status,
 * request id, parsed value, the streamed body as sent). Besides: item-by-item streaming, operations the
 * vendor lacks refused before any I/O, ids sent as one encoded path segment and bad ids refused in every
 * mode, unknown fields kept through a round trip, the auto-pager over the vendor's pages (or its one
 * page), 401 and 404 mapped with the vendor's message, and 500 retried twice then mapped to
 * {@link InternalServerException}.
 *
 * @param <M> the vendor's model type
 * @param <D> what the vendor answers to a delete
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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

  /** Every request the test sent is one the vendor's OpenAPI document allows. */
  @AfterEach
  void requestsFollowTheSpec(TestInfo test) {
    if (!test.getTestMethod().filter(m -> m.isAnnotationPresent(OffSpec.class)).isPresent()) {
      OpenApiRequests.of(vendor.openApiSpec()).assertAllowed(
          SERVER.getAllServeEvents().stream().map(e -> e.getRequest()).collect(Collectors.toList()));
    }
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
  void listStreamsItemsOneByOne() throws Exception {
    stubList();
    List<String> ids = new ArrayList<>();
    try (StreamingListResponse<M> s = client.models().withStreamingResponse().list()) {
      assertThat(s.statusCode()).isEqualTo(200);
      assertThat(s.headers().firstValue("Content-Type")).as("header names ignore case").hasValue("application/json");
      for (M m : s) {
        ids.add(m.id());
      }
    }
    assertThat(ids).containsExactlyElementsOf(vendor.listIds());
    List<String> async = new ArrayList<>();
    try (StreamingListResponse<M> s = client.asyncModels().withStreamingResponse().list().get(10, TimeUnit.SECONDS)) {
      s.forEach(m -> async.add(m.id()));
    }
    assertThat(async).containsExactlyElementsOf(vendor.listIds());
  }

  @Test
  void theAutoPagerWalksEveryPageSyncAndAsync() throws Exception {
    PagedWalk walk = vendor.pagedWalk();
    if (walk == null) {
      stubList(); // one page: no next page, and the auto-pager stops after it
      Page<M> page = client.models().list();
      assertThat(page.hasNextPage()).isFalse();
      assertThat(ids(page.autoPager())).containsExactlyElementsOf(vendor.listIds());
      AsyncPage<M> async = client.asyncModels().list().get(10, TimeUnit.SECONDS);
      assertThat(async.hasNextPage()).isFalse();
      assertThat(async.autoPager().toList().get(10, TimeUnit.SECONDS).stream().map(Model::id))
          .containsExactlyElementsOf(vendor.listIds());
      return;
    }
    for (int i = 0; i < walk.bodies.size(); i++) {
      com.github.tomakehurst.wiremock.client.MappingBuilder page = get(urlPathEqualTo(vendor.listPath()));
      for (Map.Entry<String, String> q : walk.queries.get(i).entrySet()) {
        page = page.withQueryParam(q.getKey(), q.getValue() == null
            ? com.github.tomakehurst.wiremock.client.WireMock.absent()
            : com.github.tomakehurst.wiremock.client.WireMock.equalTo(q.getValue()));
      }
      SERVER.stubFor(page.willReturn(answer(200, walk.bodies.get(i))));
    }
    CallCase first = walk.params == null ? CallCase.of("list") : CallCase.of("list", walk.params);
    Page<?> page = (Page<?>) invoke(first, Mode.SYNC);
    assertThat(page.hasNextPage()).isTrue();
    List<String> sync = new ArrayList<>();
    page.autoPager().forEach(m -> sync.add(((Model) m).id()));
    assertThat(sync).containsExactlyElementsOf(walk.ids);
    AsyncPage<?> async = (AsyncPage<?>) invoke(first, Mode.ASYNC);
    assertThat(async.autoPager().toList().get(10, TimeUnit.SECONDS).stream().map(m -> ((Model) m).id()))
        .containsExactlyElementsOf(walk.ids);
    assertThat(SERVER.getAllServeEvents()).hasSize(2 * walk.bodies.size());
  }

  /**
   * Vendors are loose about nested fields (Root Signals' {@code owner.full_name}, a provider's name):
   * a null anywhere inside a model's nested objects, every one of them at once, still gives the whole
   * page, with the same ids.
   */
  @Test
  void nullsInNestedFieldsDoNotFailAPage() throws Exception {
    JsonNode page = JSON.readTree(vendor.listBody());
    int nulled = nullNested(itemsOf(page));
    SERVER.stubFor(get(urlPathEqualTo(vendor.listPath())).willReturn(json(200, JSON.writeValueAsString(page))));
    assertThat(ids(client.models().list().items())).as("%d nested values made null", nulled)
        .containsExactlyElementsOf(vendor.listIds());
  }

  /** The first array of objects with an {@code id} in a list page: its items. */
  private static JsonNode itemsOf(JsonNode node) {
    if (node.isArray() && node.size() > 0 && node.get(0).has("id")) {
      return node;
    }
    for (JsonNode child : node) {
      JsonNode found = itemsOf(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Makes null every value inside each item's nested objects and arrays; answers how many. */
  private static int nullNested(JsonNode items) {
    int count = 0;
    for (JsonNode item : items) {
      for (JsonNode field : item) {
        if (field.isContainerNode()) {
          count += nullLeaves(field);
        }
      }
    }
    return count;
  }

  private static int nullLeaves(JsonNode container) {
    int count = 0;
    if (container.isObject()) {
      ObjectNode o = (ObjectNode) container;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (o.get(name).isContainerNode()) {
          count += nullLeaves(o.get(name));
        } else if (!o.get(name).isNull()) {
          o.putNull(name);
          count++;
        }
      }
    } else {
      for (JsonNode element : container) {
        count += element.isContainerNode() ? nullLeaves(element) : 0;
      }
    }
    return count;
  }

  /** The vendor offers its client through {@link ServiceLoader}, configured from the environment. */
  @Test
  void theVendorIsFoundThroughServiceLoader() {
    ClientProvider provider = StreamSupport.stream(ServiceLoader.load(ClientProvider.class).spliterator(), false)
        .filter(p -> p.vendor().equals(vendor.vendor())).findFirst()
        .orElseThrow(() -> new AssertionError("no ClientProvider for " + vendor.vendor()));
    assertThat(provider.isConfigured(name -> null)).isFalse();
    assertThat(provider.isConfigured(name -> name.equals(provider.apiKeyVariable()) ? " " : null)).isFalse();
    Function<String, String> env = name -> name.equals(provider.apiKeyVariable()) ? KEY : null;
    assertThat(provider.isConfigured(env)).isTrue();
    try (ModelsClient<?, ?> built = provider.fromEnv(env)) {
      assertThat(built.toString()).doesNotContain(KEY);
      assertThat(built.models().operations()).isEqualTo(client.models().operations());
    }
    assertThatThrownBy(() -> provider.fromEnv(name -> null)).isInstanceOf(IllegalStateException.class);
  }

  private static List<String> ids(Iterable<? extends Model> models) {
    List<String> ids = new ArrayList<>();
    models.forEach(m -> ids.add(m.id()));
    return ids;
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
    String gone = vendor.idOf("gone-model");
    String path = vendor.deletePath(gone);
    if (path == null) {
      assertThat(client.models().operations()).doesNotContain(Operation.DELETE);
      for (Mode mode : Mode.values()) {
        assertThatThrownBy(() -> invoke(CallCase.of("delete", gone), mode)).as(mode.name())
            .isInstanceOfSatisfying(OperationNotSupportedException.class, e -> {
              assertThat(e.operation()).isEqualTo(Operation.DELETE);
              assertThat(e.getMessage()).contains(vendor.vendor()).contains("delete");
            });
      }
      assertThat(SERVER.getAllServeEvents()).isEmpty();
      return;
    }
    SERVER.stubFor(delete(urlPathEqualTo(path)).willReturn(
        aResponse().withStatus(vendor.deleteStatus()).withHeader("Content-Type", "application/json")
            .withBody(vendor.deleteBody())));
    assertThat(client.models().operations()).contains(Operation.DELETE);
    client.models().delete(gone); // what it answers is the vendor's; a 204 may answer nothing
    assertThat(SERVER.getAllServeEvents()).singleElement()
        .satisfies(e -> assertThat(e.getRequest().getMethod().getName()).isEqualTo("DELETE"));
  }

  @Test
  void notFoundMapsToNotFoundExceptionWithTheVendorsMessage() {
    String missing = vendor.idOf("no-such-model");
    String path = vendor.retrievePath(missing);
    if (path == null) {
      stubList(); // list-then-filter: absence is a 404 of the SDK's own, in every mode
      for (Mode mode : Mode.values()) {
        assertThatThrownBy(() -> invoke(CallCase.of("retrieve", missing), mode)).as(mode.name())
            .isInstanceOfSatisfying(NotFoundException.class, e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.getMessage()).contains(missing).contains(vendor.vendor()).doesNotContain(KEY);
              assertThat(e.attempts()).isEqualTo(1);
            });
      }
      return;
    }
    SERVER.stubFor(get(urlPathEqualTo(path)).willReturn(json(404, vendor.notFoundBody("The model does not exist"))));
    assertThatThrownBy(() -> client.models().retrieve(missing))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.vendorMessage()).hasValue("The model does not exist");
          assertThat(e.getMessage()).contains("The model does not exist").doesNotContain(KEY);
        });
    assertThatThrownBy(() -> client.asyncModels().retrieve(missing).join())
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

  // ---- The mode matrix: every declared call, sync and async x typed, raw and streaming ----

  /** The six calling modes. */
  public enum Mode {
    SYNC, SYNC_RAW, SYNC_STREAMING, ASYNC, ASYNC_RAW, ASYNC_STREAMING
  }

  private static final String CALL_HEADER = "X-Contract-Call";
  private static final RequestOptions WITH_HEADER = RequestOptions.builder().header(CALL_HEADER, "on").build();
  private static final ObjectMapper JSON = SdkJson.mapper();

  /** list, retrieve and (where declared) delete from the fixture's documented payloads, then its extra calls. */
  Stream<Arguments> everyCallInEveryMode() {
    VendorFixture<M, D> v = fixture();
    List<CallCase> calls = new ArrayList<>();
    calls.add(CallCase.of("list").sends("GET", v.listPath()).answers(200, v.listBody()).typedId(v.listIds().get(0)));
    String retrievePath = v.retrievePath(encode(v.retrieveId()));
    calls.add(retrievePath != null
        ? CallCase.of("retrieve", v.retrieveId()).sends("GET", retrievePath).answers(200, v.retrieveBody())
            .typedId(v.retrieveId())
        : CallCase.of("retrieve", v.retrieveId()).sends("GET", v.listPath()).answers(200, v.listBody())
            .typedId(v.retrieveId()).bodyNotAsSent());
    String gone = v.idOf("gone-model");
    String deletePath = v.deletePath(gone);
    if (deletePath != null) {
      calls.add(CallCase.of("delete", gone).sends("DELETE", deletePath)
          .answers(v.deleteStatus(), v.deleteBody()));
    }
    calls.addAll(v.extraCalls());
    return calls.stream().flatMap(c -> Arrays.stream(Mode.values()).map(m -> Arguments.of(c, m)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyCallInEveryMode")
  void everyDeclaredCallWorksInEveryMode(CallCase call, Mode mode) throws Exception {
    SERVER.stubFor(com.github.tomakehurst.wiremock.client.WireMock.request(call.httpMethod, urlPathEqualTo(call.path))
        .willReturn(answer(call.status, call.body)));
    Object reference = ((RawResponse<?>) invoke(call, Mode.SYNC_RAW)).parse(); // what every mode must parse to
    int requests = 2;
    Object answer = invoke(call, mode);
    switch (mode) {
      case SYNC:
      case ASYNC:
        assertId(call.typedId, answer);
        assertSameValue(answer, reference);
        break;
      case SYNC_RAW:
      case ASYNC_RAW:
        RawResponse<?> raw = (RawResponse<?>) answer;
        assertResponse(call, raw.statusCode(), raw.requestId().orElse(null), raw.headers());
        assertThat(raw.retries()).isZero();
        assertId(call.parsedId, raw.parse());
        assertThat(raw.parse()).isSameAs(raw.parse());
        assertSameValue(raw.parse(), reference);
        break;
      default:
        try (StreamingResponse<?> s = (StreamingResponse<?>) answer) {
          assertResponse(call, s.statusCode(), s.requestId().orElse(null), s.headers());
          assertSameValue(s.parse(), reference);
        }
        if (call.bodyAsSent) {
          requests++;
          try (StreamingResponse<?> s = (StreamingResponse<?>) invoke(call, mode)) {
            assertSameJson(readAll(s.body()), call.body);
          }
        }
    }
    List<LoggedRequest> sent = requests(requests);
    for (LoggedRequest request : sent) {
      assertThat(request.getMethod().getName()).isEqualTo(call.httpMethod);
      assertThat(URI.create(request.getUrl()).getRawPath()).isEqualTo(call.path);
      assertThat(request.getHeader(vendor.authHeader())).isEqualTo(vendor.authValue(KEY));
      assertThat(request.getHeader(CALL_HEADER)).as("per-call header").isEqualTo("on");
      assertThat(request.getHeader("User-Agent")).startsWith("models-sdk-java/");
      assertThat(request.getQueryParams().keySet()).as("the query sends what the call declares, no more")
          .containsExactlyInAnyOrderElementsOf(call.query().keySet());
      for (Map.Entry<String, String> q : call.query().entrySet()) {
        assertThat(request.queryParameter(q.getKey()).firstValue()).as("query " + q.getKey())
            .isEqualTo(q.getValue());
      }
      if (call.requestJson != null) {
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertSameJson(request.getBodyAsString(), call.requestJson);
      }
    }
    Operation operation = operationNamed(call.method);
    if (operation != null) {
      assertThat(client.models().operations()).contains(operation);
    }
  }

  @Test
  void operationsAreWhatTheVendorDeclaresAndTheSameInBothModes() {
    java.util.Set<Operation> expected = java.util.EnumSet.of(Operation.LIST, Operation.RETRIEVE);
    if (vendor.deletePath("m") != null) {
      expected.add(Operation.DELETE);
    }
    for (CallCase call : vendor.extraCalls()) {
      Operation operation = operationNamed(call.method);
      if (operation != null) {
        expected.add(operation);
      }
    }
    assertThat(client.models().operations()).isEqualTo(expected);
    assertThat(client.asyncModels().operations()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ".", ".."})
  void badIdsAreRefusedInEveryModeBeforeAnyIo(String id) {
    for (Mode mode : Mode.values()) {
      assertThatThrownBy(() -> invoke(CallCase.of("retrieve", id), mode)).as(mode.name())
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  @OffSpec("an id with reserved characters, which a vendor's id format may not allow, to test its encoding")
  void anIdIsSentAsOneEncodedPathSegment() {
    String path = vendor.retrievePath("ft:org%2Fmodel%20x");
    if (path == null) {
      return; // retrieve lists and filters: the id never reaches a path
    }
    SERVER.stubFor(get(urlPathEqualTo(path)).willReturn(answer(200, vendor.retrieveBody())));
    client.models().withRawResponse().retrieve("ft:org/model x");
    assertThat(URI.create(onlyRequest().getUrl()).getRawPath()).isEqualTo(path);
  }

  @Test
  void unknownFieldsSurviveARoundTrip() throws Exception {
    ObjectNode body = (ObjectNode) JSON.readTree(vendor.listBody());
    Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
    JsonNode items = null;
    while (items == null && fields.hasNext()) {
      JsonNode value = fields.next().getValue();
      items = value.isArray() ? value : null;
    }
    assertThat(items).as("the list body's item array").isNotNull();
    JsonNode extra = JSON.readTree("{\"nested\":[1,\"two\",{\"three\":null}]}");
    items.forEach(item -> ((ObjectNode) item).set("x_contract_field", extra));
    SERVER.stubFor(get(urlPathEqualTo(vendor.listPath())).willReturn(answer(200, JSON.writeValueAsString(body))));
    for (M m : client.models().list().items()) {
      assertThat(JSON.valueToTree(m).get("x_contract_field")).as(m.id()).isEqualTo(extra);
    }
  }

  /**
   * The vendor module's main classes, for the architecture rules: by default those in the package of
   * the fixture and below.
   */
  protected com.tngtech.archunit.core.domain.JavaClasses vendorClasses() {
    return ArchitectureRules.mainClasses(fixture().getClass().getPackage().getName());
  }

  @Test
  void followsTheVendorArchitectureRules() {
    ArchitectureRules.vendorRules(fixture().getClass().getPackage().getName()).check(vendorClasses());
  }

  @Test
  void unauthorizedMapsToAuthenticationException() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(401, vendor.unauthorizedBody("Invalid key"))));
    assertThatThrownBy(() -> client.models().list())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.getMessage()).contains("Invalid key").doesNotContain(KEY);
        });
    assertThatThrownBy(() -> client.asyncModels().list().join())
        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(AuthenticationException.class);
  }

  private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer(int status, String body) {
    com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer = aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body);
    return vendor.requestIdHeader() == null ? answer : answer.withHeader(vendor.requestIdHeader(), "req_contract");
  }

  /** Calls {@code call.method(args..., options)} in {@code mode}; an async call's future is awaited. */
  private Object invoke(CallCase call, Mode mode) throws Exception {
    Object target;
    switch (mode) {
      case SYNC:
        target = client.models();
        break;
      case SYNC_RAW:
        target = client.models().withRawResponse();
        break;
      case SYNC_STREAMING:
        target = client.models().withStreamingResponse();
        break;
      case ASYNC:
        target = client.asyncModels();
        break;
      case ASYNC_RAW:
        target = client.asyncModels().withRawResponse();
        break;
      default:
        target = client.asyncModels().withStreamingResponse();
    }
    Object[] args = Arrays.copyOf(call.args, call.args.length + 1);
    args[call.args.length] = WITH_HEADER;
    Object answer;
    try {
      answer = find(target, call.method, args).invoke(target, args);
    } catch (InvocationTargetException e) {
      throw rethrow(e.getCause());
    }
    if (answer instanceof CompletableFuture) {
      try {
        return ((CompletableFuture<?>) answer).get(10, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw rethrow(e.getCause());
      }
    }
    return answer;
  }

  /** The method Java would choose for these arguments: of those that fit, the one with the fewest erased types. */
  private static Method find(Object target, String name, Object[] args) {
    Method best = null;
    int bestScore = -1;
    for (Method m : target.getClass().getMethods()) {
      Class<?>[] types = m.getParameterTypes();
      if (!m.getName().equals(name) || types.length != args.length) {
        continue;
      }
      boolean fits = true;
      int score = 0;
      for (int i = 0; i < types.length; i++) {
        fits &= args[i] == null || types[i].isInstance(args[i]);
        score += types[i] == Object.class ? 0 : 1;
      }
      if (fits && score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    if (best == null) {
      throw new AssertionError(target + " has no " + name + " for " + Arrays.toString(args));
    }
    return best;
  }

  private static Exception rethrow(Throwable t) {
    if (t instanceof Error) {
      throw (Error) t;
    }
    return (Exception) t;
  }

  private static void assertId(String expected, Object answer) {
    if (expected == null) {
      return;
    }
    Object first = answer;
    if (answer instanceof Page) {
      first = ((Page<?>) answer).items().get(0);
    } else if (answer instanceof AsyncPage) {
      first = ((AsyncPage<?>) answer).items().get(0);
    }
    assertThat(first instanceof Model ? ((Model) first).id() : first).isEqualTo(expected);
  }

  private void assertRequestId(String requestId) {
    if (vendor.requestIdHeader() == null) {
      assertThat(requestId).isNull();
    } else {
      assertThat(requestId).isEqualTo("req_contract");
    }
  }

  private static String readAll(InputStream in) throws Exception {
    try (InputStream body = in) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = body.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
      return new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static void assertSameJson(String actual, String expected) throws Exception {
    if (expected.trim().isEmpty()) {
      assertThat(actual.trim()).isEmpty();
    } else {
      assertThat(JSON.readTree(actual)).isEqualTo(JSON.readTree(expected));
    }
  }

  /** The one request the mock saw. */
  private static LoggedRequest onlyRequest() {
    return requests(1).get(0);
  }

  /** The {@code count} requests the mock saw; an async call may complete just before the mock logs it. */
  private static List<LoggedRequest> requests(int count) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    List<ServeEvent> events = SERVER.getAllServeEvents();
    while (events.size() < count && System.nanoTime() < until) {
      Thread.onSpinWait();
      events = SERVER.getAllServeEvents();
    }
    assertThat(events).hasSize(count);
    return events.stream().map(ServeEvent::getRequest).collect(Collectors.toList());
  }

  private void assertResponse(CallCase call, int status, String requestId, io.modelsdk.core.http.HttpHeaders headers) {
    assertThat(status).isEqualTo(call.status);
    assertRequestId(requestId);
    if (!call.body.isEmpty()) {
      assertThat(headers.firstValue("content-type")).hasValue("application/json");
    }
  }

  /**
   * That a mode's answer is what the sync raw call parsed: equal values, or pages with equal items. A
   * typed answer of another kind (the id of a created model) is checked by its id alone.
   */
  private static void assertSameValue(Object answer, Object reference) {
    Object a = answer instanceof Page ? ((Page<?>) answer).items()
        : answer instanceof AsyncPage ? ((AsyncPage<?>) answer).items() : answer;
    Object r = reference instanceof Page ? ((Page<?>) reference).items() : reference;
    if (a == null || r == null || a instanceof List || a.getClass().equals(r.getClass())) {
      assertThat(a).as("the same value as the sync raw call parsed").isEqualTo(r);
    }
  }

  private static Operation operationNamed(String method) {
    for (Operation op : Operation.values()) {
      if (op.wireName().equals(method)) {
        return op;
      }
    }
    return null;
  }

  private static String encode(String id) {
    return id.replace("%", "%25").replace("/", "%2F").replace(" ", "%20");
  }
}
