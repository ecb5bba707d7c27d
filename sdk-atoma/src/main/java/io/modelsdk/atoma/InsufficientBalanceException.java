package io.modelsdk.atoma;

import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.ErrorContext;

/**
 * The Atoma account has too little balance for the call: atoma-proxy's {@code 402 Payment Required}, with
 * error code {@code BALANCE_ERROR} and the message {@code Insufficient balance}.
 *
 * <pre>{@code
 * try {
 *   atoma.models().list();
 * } catch (InsufficientBalanceException e) {
 *   System.out.println("top up the Atoma balance: " + e.vendorMessage().orElse("insufficient balance"));
 * }
 * }</pre>
 *
 * <p>Every 402 is this exception, whatever its body, since a proxy in front of Atoma may answer it in its
 * own words; {@link #vendorCode()} is {@code BALANCE_ERROR} when Atoma's envelope came. It is never retried,
 * not even with {@code x-should-retry: true}: only the account's owner can top the balance up. It extends
 * {@link ApiException} directly, as core has no class of its own for 402.
 */
public class InsufficientBalanceException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the parts of the error response. */
  public InsufficientBalanceException(ErrorContext context) {
    super(context);
  }
}
