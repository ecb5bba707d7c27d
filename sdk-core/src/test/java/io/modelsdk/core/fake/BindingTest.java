package io.modelsdk.core.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.Models;
import io.modelsdk.core.Operation;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.errors.OperationNotSupportedException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How core binds a vendor's interfaces to its declaration, checked when the client is built. */
class BindingTest {
  /** A vendor interface with a method its declaration does not bind and that names no operation. */
  interface Archiving extends Models<FakeModel, Map<String, Object>> {
    FakeModel archive(String id);
  }

  /** The same mistake in a raw twin only. */
  interface ArchivingRaw extends Models<FakeModel, Map<String, Object>> {
    @Override
    WithRawResponse withRawResponse();

    interface WithRawResponse extends Models.WithRawResponse<FakeModel, Map<String, Object>> {
      RawResponse<FakeModel> archive(String id);
    }
  }

  /** A method named after an operation the declaration does not bind. */
  interface Updating extends Models<FakeModel, Map<String, Object>> {
    FakeModel update(String id, Map<String, Object> changes);
  }

  private static FakeClient client() {
    return FakeClient.builder().apiKey("k").baseUrl("http://127.0.0.1:9/v1").build();
  }

  @Test
  void anUnboundMethodFailsWhenTheClientIsBuiltNotWhenCalled() {
    try (FakeClient c = client()) {
      assertThatThrownBy(() -> c.runtime().models(Archiving.class, FakeClient.MODELS))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("archive");
      assertThatThrownBy(() -> c.runtime().models(ArchivingRaw.class, FakeClient.MODELS))
          .as("a twin is bound with its view, though made on first use")
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("archive");
    }
  }

  @Test
  void aMethodNamedAfterAnUnboundOperationIsRefusedBeforeAnyIo() {
    try (FakeClient c = client()) {
      Updating models = c.runtime().models(Updating.class, FakeClient.MODELS);
      assertThat(models.operations()).doesNotContain(Operation.UPDATE);
      assertThatThrownBy(() -> models.update("m", null))
          .isInstanceOfSatisfying(OperationNotSupportedException.class,
              e -> assertThat(e.operation()).isEqualTo(Operation.UPDATE));
    }
  }

  @Test
  void viewsAreMadeOnceAndDescribeTheirVendor() {
    try (FakeClient c = client()) {
      Models<FakeModel, Map<String, Object>> models = c.models();
      assertThat(models.withRawResponse()).isSameAs(models.withRawResponse());
      assertThat(models.withStreamingResponse()).isSameAs(models.withStreamingResponse());
      assertThat(models.toString()).isEqualTo("Models{vendor=acme, operations=" + models.operations() + "}");
      AsyncModels<FakeModel, Map<String, Object>> async = c.asyncModels();
      assertThat(async.toString()).startsWith("AsyncModels{vendor=acme");
      assertThat(models).isEqualTo(models).isNotEqualTo(c.models());
    }
  }
}
