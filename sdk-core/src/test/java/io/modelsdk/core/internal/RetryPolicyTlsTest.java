package io.modelsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.RetryConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.Test;

/** F5 at unit level: TLS handshake refusals are final; other connection failures are still retried. */
class RetryPolicyTlsTest {
  private final RetryPolicy policy = new RetryPolicy(RetryConfig.defaults(), 2, Clock.systemUTC(), () -> 0.5);

  @Test
  void handshakeAndPeerVerificationFailuresAreNotRetried() {
    assertThat(policy.afterFailure(0, true, new SSLHandshakeException("PKIX path building failed"))).isEmpty();
    assertThat(policy.afterFailure(0, true, new SSLPeerUnverifiedException("Hostname not verified"))).isEmpty();
    assertThat(RetryPolicy.tlsRefused(new SSLHandshakeException("x"))).isTrue();
  }

  @Test
  void otherConnectionFailuresAreStillRetried() {
    for (IOException e : new IOException[] {
        new ConnectException("refused"), new SocketTimeoutException("timeout"), new IOException("reset"),
        new SSLException("connection reset during read")}) {
      assertThat(policy.afterFailure(0, true, e)).as(e.toString()).isPresent();
      assertThat(RetryPolicy.tlsRefused(e)).as(e.toString()).isFalse();
    }
  }
}
