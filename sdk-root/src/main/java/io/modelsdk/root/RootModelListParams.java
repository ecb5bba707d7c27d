package io.modelsdk.root;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The parameters of listing Root Signals models: {@code capable_of} (sent comma-joined),
 * {@code page_size}, {@code ordering}, and a {@code limit} on the items the auto-pager yields.
 *
 * <pre>{@code
 * RootModelListParams params = RootModelListParams.builder()
 *     .addCapableOf("chat").pageSize(50).limit(200).build();
 * for (RootModel m : root.models().list(params).autoPager()) { ... }
 * }</pre>
 *
 * <p>Without a {@code limit}, paging goes on while Root Signals answers a {@code next} cursor (up to the
 * client's page cap). Unlike the Python SDK, whose {@code limit} defaults to 100, there is no default:
 * a silent cut would hide models, and {@code page.stream().limit(n)} stops early too. With a
 * {@code limit}, each request asks for at most the items still wanted ({@code page_size} is lowered to
 * the remainder) and no page is fetched once {@code limit} items have arrived; a server that ignored
 * {@code page_size} could still hand over more items in the last page.
 */
@Value.Immutable
public abstract class RootModelListParams {
  RootModelListParams() {}

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** No parameters: every model, in the server's order and page size. */
  public static RootModelListParams none() {
    return builder().build();
  }

  /** Capabilities the models must have, sent as {@code capable_of=a,b}. */
  public abstract List<String> capableOf();

  /** The number of models per page, {@code page_size}; positive. */
  public abstract OptionalInt pageSize();

  /** The field to order by, {@code ordering}, such as {@code name} or {@code -name}. */
  public abstract Optional<String> ordering();

  /** The most models the auto-pager yields across pages; positive. Unlimited when absent. */
  public abstract OptionalInt limit();

  /** A builder holding these parameters. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    int size = pageSize().orElse(1);
    RootChecks.require(size > 0, "pageSize must be positive: " + size);
    int most = limit().orElse(1);
    RootChecks.require(most > 0, "limit must be positive: " + most);
    for (String c : capableOf()) {
      RootChecks.require(!c.trim().isEmpty() && c.indexOf(',') < 0,
          "a capability must be non-blank and hold no comma: '" + c + "'");
    }
    RootChecks.require(!ordering().filter(o -> o.trim().isEmpty()).isPresent(), "ordering must not be blank");
  }

  /** Builds {@link RootModelListParams}; {@code build()} checks the values before any I/O. */
  public static final class Builder extends ImmutableRootModelListParams.Builder {
    Builder() {}
  }
}
