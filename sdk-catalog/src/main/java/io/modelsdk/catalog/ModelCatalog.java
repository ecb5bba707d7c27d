package io.modelsdk.catalog;

import io.modelsdk.core.ModelsClient;
import io.modelsdk.core.spi.ClientProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Function;

/**
 * Every configured vendor's models in one answer: which models exist where, which vendor is down, and
 * where a model id can be served.
 *
 * <pre>{@code
 * try (ModelCatalog catalog = ModelCatalog.fromEnv()) {      // every vendor whose key is set
 *   CatalogSnapshot all = catalog.listAll();                 // in parallel, each under its deadline
 *   all.failures().forEach(f -> System.out.println(f));      // "scale: failed, ... in 10000 ms"
 *   Optional<ModelOffer> where = all.firstAvailable("gpt-4o", "choreoai", "openai");
 * }
 * }</pre>
 *
 * <p>Vendors are queried in parallel through each client's async API, so each client's retries, call
 * listener and settings apply. Each vendor's walk of its pages ends at its deadline (10 s unless set)
 * or at its cap of models (10,000 unless set); a vendor that fails or runs out of time is a failed
 * {@link VendorListing} and never holds back the others. With {@link Builder#cacheFor(Duration)}, a
 * listing is kept and shared until it is older than that; {@link #refresh()} lists anew.
 *
 * <p>A catalog owns the clients it found in the environment and closes them; clients given to
 * {@link Builder#add(ModelsClient)} stay the caller's.
 *
 * <pre>{@code
 * ModelCatalog catalog = ModelCatalog.builder()
 *     .fromEnv(System::getenv)
 *     .deadline(Duration.ofSeconds(5)).deadline("scale", Duration.ofSeconds(20))
 *     .cacheFor(Duration.ofMinutes(10))
 *     .build();
 * }</pre>
 */
public final class ModelCatalog implements AutoCloseable {
  private static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);
  private static final int DEFAULT_CAP = 10_000;

  private final Map<String, ModelsClient<?, ?>> clients;
  private final List<ModelsClient<?, ?>> owned;
  private final List<SkippedVendor> skipped;
  private final Duration deadline;
  private final Map<String, Duration> deadlines;
  private final int cap;
  private final IdMatcher matcher;
  private final Duration ttl;
  private final Clock clock;
  private final ScheduledThreadPoolExecutor timer;
  private CompletableFuture<CatalogSnapshot> cached;
  private Instant cachedAt;
  private boolean closed;

  private ModelCatalog(Builder b) {
    this.clients = Collections.unmodifiableMap(new LinkedHashMap<>(b.clients));
    this.owned = new ArrayList<>(b.owned);
    this.skipped = Collections.unmodifiableList(new ArrayList<>(b.skipped));
    this.deadline = b.deadline;
    this.deadlines = new LinkedHashMap<>(b.deadlines);
    this.cap = b.cap;
    this.matcher = b.matcher;
    this.ttl = b.ttl;
    this.clock = b.clock;
    this.timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "models-catalog-deadlines");
      t.setDaemon(true);
      return t;
    });
    this.timer.setRemoveOnCancelPolicy(true);
  }

  /** A catalog of every vendor on the class path whose API key is in the environment, with default settings. */
  public static ModelCatalog fromEnv() {
    return builder().fromEnv(System::getenv).build();
  }

  /** {@link #fromEnv()} with the variables read through {@code env}; see {@link Builder#fromEnv(Function)}. */
  public static ModelCatalog fromEnv(Function<String, String> env) {
    return builder().fromEnv(env).build();
  }

  /** Returns a builder of a catalog over clients of your own, or found in the environment. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Lists every vendor's models, in parallel, and waits for all of them, each until its deadline. With
   * a cache, answers the kept listing while it is fresh.
   */
  public CatalogSnapshot listAll() {
    return listAllAsync().join();
  }

  /** {@link #listAll()} without blocking; the future never fails: a vendor's failure is in its listing. */
  public CompletableFuture<CatalogSnapshot> listAllAsync() {
    synchronized (this) {
      if (cached != null && !clock.instant().isAfter(cachedAt.plus(ttl))) {
        return cached.thenApply(Function.identity()); // the caller's cancel leaves the shared listing alone
      }
    }
    return refreshAsync();
  }

  /** Lists every vendor anew, replacing a cached listing. */
  public CatalogSnapshot refresh() {
    return refreshAsync().join();
  }

  /** {@link #refresh()} without blocking. */
  public CompletableFuture<CatalogSnapshot> refreshAsync() {
    Instant takenAt;
    List<CompletableFuture<VendorListing>> walks = new ArrayList<>();
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the catalog is closed");
      }
      takenAt = clock.instant();
      long start = System.nanoTime();
      clients.forEach((vendor, client) ->
          walks.add(VendorWalk.start(vendor, client, deadlines.getOrDefault(vendor, deadline), cap, timer)));
      CompletableFuture<CatalogSnapshot> listing = CompletableFuture.allOf(walks.toArray(new CompletableFuture<?>[0]))
          .thenApply(done -> {
            List<VendorListing> listings = new ArrayList<>();
            walks.forEach(w -> listings.add(w.join()));
            return new CatalogSnapshot(listings, skipped, matcher, takenAt,
                Duration.ofNanos(System.nanoTime() - start));
          });
      if (ttl != null) {
        cached = listing;
        cachedAt = takenAt;
      }
      return listing.thenApply(Function.identity());
    }
  }

  /**
   * Which vendors list {@code id}, those in {@code preference} first; from the cached listing if fresh,
   * else from a new one.
   */
  public List<ModelOffer> find(String id, String... preference) {
    return listAll().find(id, preference);
  }

  /** True if some vendor that answers lists {@code id}. */
  public boolean isAvailable(String id) {
    return listAll().isAvailable(id);
  }

  /** The first vendor of {@code order} that is up and lists {@code id}; see {@link CatalogSnapshot#firstAvailable}. */
  public Optional<ModelOffer> firstAvailable(String id, String... order) {
    return listAll().firstAvailable(id, order);
  }

  /** The vendors in the catalog, in its order. */
  public List<String> vendors() {
    return new ArrayList<>(clients.keySet());
  }

  /** The client of {@code vendor}, to call the model a lookup found; empty if the catalog has no such vendor. */
  public Optional<ModelsClient<?, ?>> client(String vendor) {
    return Optional.ofNullable(clients.get(vendor));
  }

  /** The vendors {@link #fromEnv()} found but left out, and why. */
  public List<SkippedVendor> skipped() {
    return skipped;
  }

  /** What each vendor added and removed between two listings; see {@link CatalogDiff}. */
  public static CatalogDiff diff(CatalogSnapshot previous, CatalogSnapshot current) {
    return CatalogDiff.between(previous, current);
  }

  /** Stops the deadline thread and closes the clients this catalog built; later listings fail. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    timer.shutdownNow();
    owned.forEach(ModelsClient::close);
  }

  @Override
  public String toString() {
    return "ModelCatalog{" + clients.keySet() + (skipped.isEmpty() ? "" : ", skipped " + skipped) + "}";
  }

  /** Builds a {@link ModelCatalog} over clients of your own. */
  public static final class Builder {
    private final Map<String, ModelsClient<?, ?>> clients = new LinkedHashMap<>();
    private final List<ModelsClient<?, ?>> owned = new ArrayList<>();
    private final List<SkippedVendor> skipped = new ArrayList<>();
    private final Map<String, Duration> deadlines = new LinkedHashMap<>();
    private Duration deadline = DEFAULT_DEADLINE;
    private int cap = DEFAULT_CAP;
    private IdMatcher matcher = IdMatcher.exact();
    private Duration ttl;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds every vendor registered through {@link ServiceLoader} (each vendor module registers one)
     * whose API key {@code env} holds, each client configured from {@code env} as its
     * {@code fromEnv()} would be, in the order of their names. The catalog owns those clients and
     * closes them. Vendors without a key, or whose settings are refused, are {@link #skipped()}, with
     * the reason; a vendor already added is left as it is.
     */
    public Builder fromEnv(Function<String, String> env) {
      Objects.requireNonNull(env, "env == null");
      List<ClientProvider> providers = new ArrayList<>();
      ServiceLoader.load(ClientProvider.class, ModelCatalog.class.getClassLoader()).forEach(providers::add);
      providers.sort(Comparator.comparing(ClientProvider::vendor));
      for (ClientProvider p : providers) {
        if (clients.containsKey(p.vendor())) {
          continue;
        }
        if (!p.isConfigured(env)) {
          skipped.add(new SkippedVendor(p.vendor(), "no " + p.apiKeyVariable() + " in the environment"));
          continue;
        }
        try {
          ModelsClient<?, ?> client = p.fromEnv(env);
          add(p.vendor(), client);
          owned.add(client);
        } catch (IllegalStateException | IllegalArgumentException e) {
          skipped.add(new SkippedVendor(p.vendor(), e.getMessage()));
        }
      }
      return this;
    }

    /** Adds {@code client} under its vendor's name, such as {@code openai}. */
    public Builder add(ModelsClient<?, ?> client) {
      Objects.requireNonNull(client, "client == null");
      return add(client.vendorName(), client);
    }

    /**
     * Adds {@code client} under {@code name}: for two clients of one vendor, such as OpenAI and a vLLM
     * server speaking its API.
     *
     * @throws IllegalArgumentException if the catalog has a vendor of that name
     */
    public Builder add(String name, ModelsClient<?, ?> client) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(client, "client == null");
      if (clients.containsKey(name)) {
        throw new IllegalArgumentException("the catalog has a vendor named " + name + "; add it under another name");
      }
      clients.put(name, client);
      return this;
    }

    /** How long each vendor's listing, all its pages, may take. Default 10 seconds. */
    public Builder deadline(Duration deadline) {
      this.deadline = positive(deadline, "deadline");
      return this;
    }

    /** How long {@code vendor}'s listing may take, instead of {@link #deadline(Duration)}. */
    public Builder deadline(String vendor, Duration deadline) {
      deadlines.put(Objects.requireNonNull(vendor, "vendor == null"), positive(deadline, "deadline"));
      return this;
    }

    /** The most models read from each vendor; the rest are not read. Default 10,000. */
    public Builder maxModelsPerVendor(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxModelsPerVendor must be at least 1: " + max);
      }
      this.cap = max;
      return this;
    }

    /** How model ids of different vendors are matched in the merged view. Default {@link IdMatcher#exact()}. */
    public Builder idMatcher(IdMatcher matcher) {
      this.matcher = Objects.requireNonNull(matcher, "matcher == null");
      return this;
    }

    /** Keeps a listing and answers it until it is older than {@code ttl}. Default: no cache. */
    public Builder cacheFor(Duration ttl) {
      this.ttl = positive(ttl, "ttl");
      return this;
    }

    /** The clock the cache reads its age from; for tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Builds the catalog; it makes no call until listed. */
    public ModelCatalog build() {
      return new ModelCatalog(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
