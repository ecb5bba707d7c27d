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
 * </pre>
 *
 * <ul>
 *   <li><b>Vendor</b>: {@code --vendor/-v}, else {@code $MODELS_VENDOR}, else {@code openai}. Global
 *       options may come before or after the command.
 *   <li><b>Keys</b> only from the vendor's variable ({@code OPENAI_API_KEY}, {@code ATOMASDK_BEARER_AUTH},
 *       {@code SGP_API_KEY}, {@code ROOTSIGNALS_API_KEY}, {@code CHOREOAI_API_KEY}); a missing one is
 *       named in a one-line error. The base URL is {@code --base-url}, else the vendor's variable
 *       ({@code OPENAI_BASE_URL}, {@code SGP_CLIENT_BASE_URL}, {@code ROOTSIGNALS_API_URL},
 *       {@code CHOREOAI_BASE_URL}), else its public URL. Root Signals' {@code default_key} is also
 *       secret: {@code --default-key-env VAR} names the variable holding it.
 *   <li><b>Output</b>: a table ({@code ID  OWNED BY  CREATED}, ISO-8601 UTC or {@code -}, aligned), or
 *       with {@code --json} the vendor's JSON, pretty-printed: one object for {@code get} and
 *       {@code create}, one array for {@code list} (written item by item as pages arrive), the vendor's
 *       answer for {@code delete} (nothing for vendors answering 204 with no body, which print
 *       {@code deleted <id>} as a table).
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
