package io.modelsdk.examples.cli;

import io.modelsdk.catalog.CatalogEntry;
import io.modelsdk.catalog.CatalogSnapshot;
import io.modelsdk.catalog.ModelOffer;
import io.modelsdk.catalog.SkippedVendor;
import io.modelsdk.core.Model;
import io.modelsdk.examples.Examples;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints what the commands answer: a table by default, the vendor's JSON with {@code --json}. */
final class Output {
  private final PrintWriter out;
  private final boolean json;

  Output(PrintWriter out, boolean json) {
    this.out = out;
    this.json = json;
  }

  /**
   * The models: a table once all are read, or with {@code --json} one JSON array written as the pages
   * arrive.
   */
  void models(Iterable<? extends Model> models) {
    if (json) {
      JsonOutput.printArray(models, out);
    } else {
      ModelTable table = new ModelTable();
      for (Model m : models) {
        table.add(m);
      }
      table.print(out);
    }
  }

  /** One model: a one-row table, or its JSON object. */
  void model(Model m) {
    if (json) {
      JsonOutput.print(m, out);
    } else {
      new ModelTable().add(m).print(out);
    }
  }

  /**
   * Every vendor's models merged by id: {@code ID  VENDORS  OWNED BY}, or with {@code --json} one object
   * holding the merged view, each vendor's listing or error, and the vendors {@code skipped}.
   */
  void catalog(CatalogSnapshot snapshot, List<SkippedVendor> skipped) {
    if (json) {
      JsonOutput.print(CatalogJson.of(snapshot, skipped), out);
      return;
    }
    TextTable table = new TextTable("ID", "VENDORS", "OWNED BY");
    for (CatalogEntry e : snapshot.entries()) {
      table.row(e.id(), String.join(",", e.vendors()), e.ownedBy().orElse("-"));
    }
    table.print(out);
  }

  /**
   * The vendors listing one model: {@code VENDOR  OWNED BY  CREATED}, or with {@code --json} an array
   * of {@code {"vendor", "model"}}, the model as that vendor's JSON.
   */
  void offers(List<ModelOffer> offers) {
    if (json) {
      JsonOutput.print(CatalogJson.of(offers), out);
      return;
    }
    TextTable table = new TextTable("VENDOR", "OWNED BY", "CREATED");
    for (ModelOffer o : offers) {
      table.row(o.vendor(), ModelTable.ownedBy(o.model()), ModelTable.created(o.model()));
    }
    table.print(out);
  }

  /**
   * That {@code id} was deleted, the same for every vendor whatever it answered (OpenAI an object,
   * Scale a count, Root Signals no body): {@code deleted <id>}, or with {@code --json}
   * {@code {"id": "<id>", "deleted": true}}. The SDK has already turned a refusal into an exception.
   */
  void deleted(String id) {
    if (json) {
      Map<String, Object> deleted = new LinkedHashMap<>();
      deleted.put("id", id);
      deleted.put("deleted", true);
      JsonOutput.print(deleted, out);
    } else {
      out.println("deleted " + Examples.oneLine(id));
    }
    out.flush();
  }
}
