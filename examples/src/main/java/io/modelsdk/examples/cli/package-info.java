/**
 * The {@code models} command-line tool: the models resource of OpenAI, Atoma, Scale GenAI Platform,
 * Root Signals and ChoreoAI from a shell.
 *
 * <pre>
 * mvn -pl examples package            # builds examples/target/models.jar
 * export OPENAI_API_KEY=...
 * examples/models list --limit 5
 * examples/models --vendor root --json get 0f5a1d47-3c2e-4b8a-9d61-2a7e5c9b8f10
 * examples/models --vendor root create --name my-gpt --model gpt-4-turbo --default-key-env OPENAI_API_KEY
 * examples/models --vendor scale create --name my-model --type COMPLETION --account-id acc_123
 * examples/models delete ft:gpt-4o-mini:acme::abc123
 * examples/models catalog                    # every vendor whose key is set, at once
 * examples/models find gpt-4o --prefer choreo,openai
 * </pre>
 *
 * <ul>
 *   <li><b>Vendor</b>: {@code --vendor/-v}, else {@code $MODELS_VENDOR}, else {@code openai}; an id or
 *       an alias ({@code sgp}, {@code scale-gp}, {@code rootsignals}, {@code root-signals},
 *       {@code choreoai}). Global options may come before or after the command. Durations
 *       ({@code --timeout}, {@code --deadline}) are {@code 30s}, {@code 500ms}, {@code 2m} or a bare
 *       number of seconds, above zero.
 *   <li><b>Keys</b> only from the vendor's variable ({@code OPENAI_API_KEY}, {@code ATOMASDK_BEARER_AUTH},
 *       {@code SGP_API_KEY}, {@code ROOTSIGNALS_API_KEY}, {@code CHOREOAI_API_KEY}); a missing one is
 *       named in a one-line error. The base URL is {@code --base-url}, else the vendor's variable
 *       ({@code OPENAI_BASE_URL}, {@code SGP_CLIENT_BASE_URL}, {@code ROOTSIGNALS_API_URL},
 *       {@code CHOREOAI_BASE_URL}), else its public URL. Root Signals' {@code default_key} is also
 *       secret: {@code --default-key-env VAR} names the variable holding it.
 *   <li><b>Output</b>, one shape per command for every vendor: a table
 *       ({@code ID  NAME  OWNED BY  CREATED}, ISO-8601 UTC or {@code -}, aligned), or with {@code --json}
 *       the vendor's JSON, pretty-printed: one object for {@code get} and {@code create} (which prints the
 *       created model as {@code get} would), one array for {@code list} (written item by item as pages
 *       arrive). {@code delete} prints {@code deleted <id>}, or with {@code --json}
 *       {@code {"id": "<id>", "deleted": true}}, whatever the vendor answered.
 *   <li><b>Mock</b>: {@code --mock} calls the embedded mock and supplies what it needs (the key, Scale's
 *       account id); {@code --base-url} with it is refused rather than ignored.
 *   <li><b>Every vendor at once</b>: {@code catalog} and {@code find <id>} list every vendor whose key is
 *       set through one {@code ModelCatalog.fromEnv} (all five on the embedded mock with {@code --mock}),
 *       in parallel, each under {@code --deadline} (10s unless given). {@code catalog} prints
 *       {@code ID  VENDORS  OWNED BY}; {@code find} prints {@code VENDOR  OWNED BY  CREATED}, those of
 *       {@code --prefer} first. Each vendor whose listing failed gets a line on stderr (with
 *       {@code catalog}, so does each vendor left out for want of a key); {@code catalog} exits 1 if a
 *       vendor failed, after printing the others, and {@code find} when no vendor lists the id. Both
 *       configure each client from its variables only, so they refuse {@code --vendor},
 *       {@code --base-url}, {@code --timeout}, {@code --max-retries} and {@code --allow-insecure-http}.
 *   <li><b>Errors</b>: one line on stderr, {@code models: <ExceptionType>: <message>}, the SDK's own
 *       message (with the vendor's message, code and request id, and no credentials); the stack trace
 *       only with {@code --verbose}. Exit codes: 0 done; 1 the call failed, the vendor lacks the
 *       operation, or a key variable is not set; 2 usage error (unknown option or vendor, invalid value).
 * </ul>
 *
 * <p>{@link io.modelsdk.examples.cli.ModelsCli#run} runs the command without exiting, with the
 * environment passed as a function; {@link io.modelsdk.examples.cli.ClientFactory} is the single place
 * that builds the client.
 */
package io.modelsdk.examples.cli;
