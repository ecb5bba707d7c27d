package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.modelsdk.core.reliability.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.Operation;
import io.modelsdk.core.Page;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ResponseDecoder;
import io.modelsdk.core.internal.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * D2: vendors add fields and enum values without notice; the SDK keeps parsing. Unknown fields are
 * ignored and an unknown enum value maps to the enum's {@code @JsonEnumDefaultValue}.
 */
class LenientParsingTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** A vendor enum as a vendor module would declare it. */
  enum Status {
    @JsonProperty("ready") READY,
    @JsonProperty("training") TRAINING,
    @JsonEnumDefaultValue UNKNOWN
  }

  /** A test-local payload with an enum field. */
  static final class Job {
    final String id;
    final Status status;

    @JsonCreator
    Job(@JsonProperty(value = "id", required = true) String id, @JsonProperty("status") Status status) {
      this.id = id;
      this.status = status;
    }
  }

  static final Endpoint<String, Job> JOB = Endpoint.of(Operation.RETRIEVE, "GET",
      (id, r) -> r.path("jobs").pathParam("job id", id), ResponseDecoder.json(Job.class));

  private FakeClient client;

  @BeforeEach
  void start() {
    client = Wire.client(SERVER.baseUrl()).build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void theMapperReadsUnknownEnumValuesAsTheDefault() {
    assertThat(Json.mapper().isEnabled(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)).isTrue();
    assertThat(Json.mapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
  }

  @Test
  void unknownFieldsAreIgnoredOnRetrieve() {
    SERVER.stubFor(get(urlPathEqualTo("/models/gpt-4")).willReturn(json(200,
        "{\"id\":\"gpt-4\",\"owned_by\":\"acme\",\"brand_new\":{\"nested\":[1,2,{\"x\":null}]},"
            + "\"another\":\"field\",\"n\":1e300}")));

    FakeModel m = client.models().retrieve("gpt-4");

    assertThat(m.id()).isEqualTo("gpt-4");
    assertThat(m.ownedBy()).hasValue("acme");
  }

  @Test
  void unknownFieldsAreIgnoredInListEnvelopeAndItems() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(json(200,
        "{\"object\":\"list\",\"has_more\":false,\"data\":[{\"id\":\"a\",\"new\":true}],\"next\":null,"
            + "\"meta\":{\"total\":1}}")));

    Page<FakeModel> page = client.models().list();

    assertThat(page.items()).extracting(FakeModel::id).containsExactly("a");
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void unknownEnumValueMapsToTheDefault() {
    SERVER.stubFor(get(urlPathEqualTo("/jobs/j1")).willReturn(json(200, "{\"id\":\"j1\",\"status\":\"quantum_annealing\"}")));
    SERVER.stubFor(get(urlPathEqualTo("/jobs/j2")).willReturn(json(200, "{\"id\":\"j2\",\"status\":\"ready\"}")));

    Job unknown = client.runtime().execute(JOB, "j1", RequestOptions.none()).parse();
    Job known = client.runtime().execute(JOB, "j2", RequestOptions.none()).parse();

    assertThat(unknown.status).isEqualTo(Status.UNKNOWN);
    assertThat(known.status).isEqualTo(Status.READY);
  }
}
