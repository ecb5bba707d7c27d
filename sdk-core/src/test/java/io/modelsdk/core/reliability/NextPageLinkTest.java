package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.modelsdk.core.Model;
import io.modelsdk.core.Page;
import io.modelsdk.core.errors.PagingException;
import io.modelsdk.core.fake.FakeModel;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Next-page links given as whole URLs: followed on the base URL's origin, refused elsewhere. */
class NextPageLinkTest extends ReliabilityTestBase {
  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  @Test
  void aSameOriginLinkIsFollowedWithItsQuery() {
    String link = SERVER.baseUrl() + "/models?cursor=cD0yMDI0&page_size=1";
    SERVER.stubFor(get(urlPathEqualTo("/models")).withQueryParam("cursor", WireMock.absent())
        .willReturn(json("{\"data\":[{\"id\":\"a\"}],\"next\":\"" + link + "\"}")));
    SERVER.stubFor(get(urlPathEqualTo("/models")).withQueryParam("cursor", WireMock.equalTo("cD0yMDI0"))
        .withQueryParam("page_size", WireMock.equalTo("1"))
        .willReturn(json("{\"data\":[{\"id\":\"b\"}],\"next\":null}")));
    Page<FakeModel> page = client().models().list();
    List<String> ids = StreamSupport.stream(page.autoPager().spliterator(), false).map(Model::id)
        .collect(Collectors.toList());
    assertThat(ids).containsExactly("a", "b");
  }

  @Test
  void aLinkToAnotherOriginIsRefusedWithoutARequest() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(
        json("{\"data\":[{\"id\":\"a\"}],\"next\":\"http://127.0.0.2:1/models?cursor=x\"}")));
    Page<FakeModel> page = client().models().list();
    assertThat(page.hasNextPage()).isTrue();
    assertThatThrownBy(page::nextPage).isInstanceOf(PagingException.class).hasMessageContaining("another origin");
    assertThat(requests()).isEqualTo(1);
  }
}
