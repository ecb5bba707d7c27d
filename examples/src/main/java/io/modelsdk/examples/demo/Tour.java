package io.modelsdk.examples.demo;

import io.modelsdk.core.Model;
import io.modelsdk.core.Models;
import io.modelsdk.core.Operation;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.OperationNotSupportedException;
import io.modelsdk.examples.VendorClient;
import io.modelsdk.examples.mock.VendorMock;
import io.modelsdk.openai.OpenAiModelDeleted;
import io.modelsdk.scale.ScaleModelDeleted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Drives one vendor's client through every calling mode of the SDK and records a {@link Row} per call.
 * Against the mock it also forces a 429, deletes or creates, and asks for an unknown model; live it makes
 * only the calls that change nothing.
 */
final class Tour {
  /** The most pages the paging row walks, so that a live account with many models stays quick. */
  private static final int MAX_PAGES = 3;
  private static final String UNKNOWN_ID = "no-such-model";

  private final VendorClient client;
  private final Models<? extends Model, ?> models;
  private final Recorder rec = new Recorder();
  private final AtomicReference<String> firstId = new AtomicReference<>();

  private Tour(VendorClient client) {
    this.client = client;
    this.models = client.models();
  }

  /** Every row against the mock; {@code deletableId} is a model the mock lets the demo delete. */
  static List<Row> onMock(VendorClient client, Optional<String> deletableId) {
    Tour t = new Tour(client);
    t.readOnly();
    t.rateLimited();
    t.delete(deletableId.orElse(t.firstId.get() != null ? t.firstId.get() : UNKNOWN_ID));
    t.create();
    t.notFound();
    return t.rec.rows();
  }

  /** The rows that change nothing, for a live vendor. */
  static List<Row> live(VendorClient client) {
    Tour t = new Tour(client);
    t.readOnly();
    return t.rec.rows();
  }

  private void readOnly() {
    rec.row("sync", "list", () -> {
      List<? extends Model> items = models.list().items();
      if (items.isEmpty()) {
        throw new IllegalStateException("the vendor lists no models");
      }
      firstId.set(items.get(0).id());
      return items.size() + " models: " + ids(items);
    });
    String id = firstId.get();
    if (id == null) {
      rec.skipped("sync/async/raw", "retrieve", "no model id to retrieve: the list failed or was empty");
    } else {
      retrieveModes(id);
    }
    rec.row("streaming", "list", () -> {
      List<String> seen = new ArrayList<>();
      try (StreamingListResponse<? extends Model> s = models.withStreamingResponse().list()) {
        for (Model m : s) {
          seen.add(m.id());
        }
      }
      return seen.size() + " parsed one at a time: " + String.join(", ", seen);
    });
    paging();
  }

  private void retrieveModes(String id) {
    rec.row("sync", "retrieve " + id, () -> describe(models.retrieve(id)));
    rec.row("async", "retrieve " + id, () -> {
      AtomicReference<String> thread = new AtomicReference<>();
      Model m = client.async().retrieve(id).whenComplete((r, e) -> thread.set(Thread.currentThread().getName()))
          .get(30, TimeUnit.SECONDS);
      return m.id() + " via CompletableFuture, on thread " + thread.get();
    });
    rec.row("raw", "retrieve " + id, () -> {
      RawResponse<? extends Model> raw = models.withRawResponse().retrieve(id);
      raw.parse();
      return "HTTP " + raw.statusCode() + ", request id " + raw.requestId().orElse("(vendor sends none)")
          + ", Content-Type " + raw.headers().firstValue("Content-Type").orElse("?");
    });
  }

  private void paging() {
    Optional<Integer> size = VendorExtras.pageSize(client);
    String call = size.map(s -> "list, page size " + s).orElse("list");
    rec.row("paging", call, () -> {
      Page<? extends Model> page = VendorExtras.firstPage(client);
      if (size.isEmpty()) {
        return "single page (no paging): " + page.items().size() + " models, hasNextPage " + page.hasNextPage();
      }
      List<Integer> sizes = new ArrayList<>();
      for (Page<? extends Model> p = page; ; p = p.nextPage()) {
        sizes.add(p.items().size());
        if (!p.hasNextPage() || sizes.size() == MAX_PAGES) {
          break;
        }
      }
      List<String> walked = new ArrayList<>();
      for (Model m : VendorExtras.firstPage(client).autoPager()) {
        walked.add(m.id());
        if (walked.size() == MAX_PAGES * size.get()) {
          break;
        }
      }
      return sizes.size() + " pages " + sizes + "; autoPager walked " + walked.size() + " models";
    });
  }

  private void rateLimited() {
    String id = firstId.get();
    if (id == null) {
      rec.skipped("retry", "retrieve", "no model id to retrieve: the list failed or was empty");
      return;
    }
    RequestOptions forced = RequestOptions.builder().header(VendorMock.SCENARIO_HEADER, VendorMock.RATE_LIMIT).build();
    rec.row("retry", "retrieve " + id, () -> {
      RawResponse<? extends Model> raw = models.withRawResponse().retrieve(id, forced);
      if (raw.retries() != 1) {
        throw new IllegalStateException("expected 1 retry, saw " + raw.retries());
      }
      return "HTTP " + raw.statusCode() + " after 1 retry on a forced 429, " + raw.elapsed().toMillis()
          + " ms with the backoff";
    });
  }

  private void delete(String id) {
    if (!models.operations().contains(Operation.DELETE)) {
      rec.expect("sync", "delete " + id, OperationNotSupportedException.class, () -> String.valueOf(models.delete(id)));
      return;
    }
    rec.row("sync", "delete " + id, () -> {
      RawResponse<?> raw = models.withRawResponse().delete(id);
      return "HTTP " + raw.statusCode() + ", " + deleted(raw.parse());
    });
  }

  private void create() {
    Optional<Step> create = VendorExtras.create(client);
    if (create.isPresent()) {
      rec.row("sync", "create", create.get());
    } else {
      rec.note("sync", "create", "not offered: operations() = " + models.operations());
    }
  }

  private void notFound() {
    rec.expect("error", "retrieve " + UNKNOWN_ID, NotFoundException.class, () -> describe(models.retrieve(UNKNOWN_ID)));
  }

  private static String describe(Model m) {
    return m.id() + ", owned by " + m.ownedBy().orElse("?")
        + m.createdAt().map(t -> ", created " + t).orElse("");
  }

  private static String deleted(Object answer) {
    if (answer == null) {
      return "no body";
    }
    if (answer instanceof OpenAiModelDeleted d) {
      return "deleted " + d.deleted();
    }
    if (answer instanceof ScaleModelDeleted d) {
      return "count " + d.count() + ", success " + d.success();
    }
    return answer.toString();
  }

  private static String ids(List<? extends Model> items) {
    return items.stream().map(Model::id).collect(Collectors.joining(", "));
  }
}
