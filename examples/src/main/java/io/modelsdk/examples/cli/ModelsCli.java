package io.modelsdk.examples.cli;

import io.modelsdk.examples.Examples;
import io.modelsdk.examples.Vendor;
import io.modelsdk.examples.mock.VendorMock;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * The {@code models} command: lists, shows, creates and deletes the models of any of the five vendors,
 * and lists every configured vendor's models at once ({@code catalog}, {@code find}).
 *
 * <pre>
 * export OPENAI_API_KEY=...
 * java -jar examples/target/models.jar list --limit 5
 * java -jar examples/target/models.jar --vendor root --json get 0f5a1d47-3c2e-4b8a-9d61-2a7e5c9b8f10
 * java -jar examples/target/models.jar find gpt-4o --prefer choreo,openai
 * </pre>
 *
 * <p>Keys are read only from each vendor's environment variable, never from the command line. Errors
 * print one line on stderr ({@code models: NotFoundException: openai answered 404: ...}), with the stack
 * trace only under {@code --verbose}. Exit codes: 0 done, 1 failed, 2 usage error.
 *
 * <p>{@link #run} is the whole command without {@code System.exit}, for tests and embedding.
 */
@Command(name = "models",
    mixinStandardHelpOptions = true,
    versionProvider = SdkVersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Lists, shows, creates and deletes the models of OpenAI, Atoma, Scale GenAI Platform,"
        + " Root Signals and ChoreoAI, and lists every configured vendor's models at once.",
    subcommands = {ListCommand.class, GetCommand.class, CreateCommand.class, DeleteCommand.class,
        CatalogCommand.class, FindCommand.class, HelpCommand.class},
    footerHeading = "%nEnvironment (keys are read from here only, never from the command line):%n",
    footer = {
        "  MODELS_VENDOR         the default --vendor",
        "  OPENAI_API_KEY        OpenAI key; OPENAI_BASE_URL,",
        "                        OPENAI_ORG_ID, OPENAI_PROJECT_ID",
        "  ATOMASDK_BEARER_AUTH  Atoma key; ATOMA_BASE_URL",
        "  SGP_API_KEY           Scale key; SGP_ACCOUNT_ID, SGP_CLIENT_BASE_URL",
        "  ROOTSIGNALS_API_KEY   Root Signals key; ROOTSIGNALS_API_URL",
        "  CHOREOAI_API_KEY      ChoreoAI key; CHOREOAI_BASE_URL"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:the call failed (API or connection error, operation not supported, key variable not set;"
            + " catalog: a vendor failed; find: no vendor lists the id)",
        "2:usage error (unknown option or vendor, invalid value)"})
public final class ModelsCli implements Callable<Integer> {
  /** The variable naming the default vendor. */
  public static final String VENDOR_VARIABLE = "MODELS_VENDOR";

  @Option(names = {"-v", "--vendor"}, paramLabel = "<vendor>", scope = ScopeType.INHERIT,
      converter = VendorConverter.class, completionCandidates = VendorConverter.class,
      description = Vendor.NAMES + ". Default: $" + VENDOR_VARIABLE + ", else openai.")
  private Vendor vendor;

  @Option(names = "--base-url", paramLabel = "<url>", scope = ScopeType.INHERIT,
      description = "The vendor's base URL, instead of its base-URL variable or public URL (not with"
          + " --mock).")
  private String baseUrl;

  @Option(names = "--allow-insecure-http", scope = ScopeType.INHERIT,
      description = "Allow a plain http:// base URL to a host other than this one (the key travels in"
          + " clear).")
  private boolean allowInsecureHttp;

  @Option(names = "--mock", scope = ScopeType.INHERIT,
      description = "Call an embedded mock of every vendor (its documented payloads; no key, no network,"
          + " and Scale's account id supplied) instead of the vendor.")
  private boolean mock;

  @Option(names = "--json", scope = ScopeType.INHERIT,
      description = "Print JSON instead of a table: the vendor's JSON of a model, one array for a list,"
          + " one object for a catalog, {\"id\", \"deleted\"} for a delete.")
  private boolean json;

  @Option(names = "--timeout", paramLabel = "<duration>", scope = ScopeType.INHERIT,
      converter = DurationConverter.class,
      description = "Timeout of each HTTP attempt, such as 30s, 500ms or 2m (a bare number is seconds)."
          + " Default: 60s.")
  private Duration timeout;

  @Option(names = "--max-retries", paramLabel = "<n>", scope = ScopeType.INHERIT,
      description = "Retries after a failed attempt. Default: 2.")
  private Integer maxRetries;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  private boolean verbose;

  @Spec
  private CommandSpec spec;

  private final Function<String, String> env;

  private ModelsCli(Function<String, String> env) {
    this.env = env;
  }

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    Examples.quietLoggingWarnings();
    Charset cs = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs));
    System.exit(run(args, out, err, System::getenv));
  }

  /**
   * Runs the command without exiting.
   *
   * @param args the command-line arguments
   * @param out where results go
   * @param err where errors and usage go
   * @param env looks up environment variables (keys, base URLs, {@code MODELS_VENDOR}); null when unset
   * @return the exit code: 0 done, 1 failed, 2 usage error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Function<String, String> env) {
    ModelsCli cli = new ModelsCli(env);
    CommandLine cmd = new CommandLine(cli);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(ModelsCli::usageError);
    cmd.setExecutionExceptionHandler((e, line, parsed) -> ErrorReport.report(e, line.getErr(), cli.verbose));
    try {
      return cmd.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Without a subcommand: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "Missing command: list, get, create, delete, catalog or find");
  }

  /** The vendor: {@code --vendor}, else {@code $MODELS_VENDOR}, else OpenAI. */
  Vendor vendor() {
    if (vendor != null) {
      return vendor;
    }
    String fromEnv = env.apply(VENDOR_VARIABLE);
    if (fromEnv == null || fromEnv.trim().isEmpty()) {
      return Vendor.OPENAI;
    }
    try {
      return new VendorConverter().convert(fromEnv);
    } catch (TypeConversionException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value of $" + VENDOR_VARIABLE + ": "
          + e.getMessage());
    }
  }

  /**
   * Whether {@code --mock} asks for the embedded mock instead of the vendor.
   *
   * @throws ParameterException if an option the mock replaces is given too, rather than ignore it
   */
  boolean mock() {
    if (mock && baseUrl != null) {
      throw new ParameterException(spec.commandLine(),
          "--mock calls the embedded mock at its own URL; --base-url does not apply");
    }
    return mock;
  }

  /**
   * The environment the command's settings are read from: the injected one, except that with
   * {@code --mock} the mock supplies what it needs ({@code SGP_ACCOUNT_ID}, Scale's account).
   */
  Function<String, String> settings() {
    if (!mock) {
      return env;
    }
    return name -> "SGP_ACCOUNT_ID".equals(name) ? VendorMock.SCALE_ACCOUNT_ID : env.apply(name);
  }

  /**
   * The factory of the client the subcommands call, from the global options and the environment, or
   * pointed at {@code mock} when one runs. This is the one place that decides where requests go.
   */
  ClientFactory clientFactory(VendorMock mock) {
    ClientFactory factory = new ClientFactory(vendor(), baseUrl, timeout, maxRetries, env)
        .allowInsecureHttp(allowInsecureHttp);
    return mock == null ? factory : factory.connectingTo(mock.baseUrl(factory.vendor()), VendorMock.API_KEY);
  }

  /** Where the subcommands print their results. */
  Output output() {
    return new Output(spec.commandLine().getOut(), json);
  }

  /** The injected environment. */
  Function<String, String> env() {
    return env;
  }

  /**
   * The options given that set up one vendor's client ({@code --vendor}, {@code --base-url},
   * {@code --timeout}, {@code --max-retries}, {@code --allow-insecure-http}), for the commands that
   * configure every vendor from its environment instead and refuse them.
   */
  List<String> clientOptions() {
    List<String> given = new ArrayList<>();
    if (vendor != null) {
      given.add("--vendor");
    }
    if (baseUrl != null) {
      given.add("--base-url");
    }
    if (timeout != null) {
      given.add("--timeout");
    }
    if (maxRetries != null) {
      given.add("--max-retries");
    }
    if (allowInsecureHttp) {
      given.add("--allow-insecure-http");
    }
    return given;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    line.getErr().println("models: " + Examples.oneLine(message(e))
        + " (see '" + line.getCommandSpec().qualifiedName() + " --help')");
    line.getErr().flush();
    return line.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * The message of a usage error; a value an option's converter refused is {@code <option>: <why>},
   * without picocli's "Invalid value for option" wrapping and the converter's exception type.
   */
  private static String message(ParameterException e) {
    if (e.getCause() instanceof TypeConversionException && e.getArgSpec() instanceof OptionSpec) {
      return ((OptionSpec) e.getArgSpec()).longestName() + ": " + e.getCause().getMessage();
    }
    return String.valueOf(e.getMessage());
  }
}
