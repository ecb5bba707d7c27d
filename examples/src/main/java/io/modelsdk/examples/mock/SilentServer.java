package io.modelsdk.examples.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A port on 127.0.0.1 that takes connections and never answers: a vendor that hangs, to show what a
 * deadline does. Connections wait in the socket's backlog, never accepted, until {@link #close()}.
 */
public final class SilentServer implements AutoCloseable {
  private final ServerSocket socket;

  private SilentServer(ServerSocket socket) {
    this.socket = socket;
  }

  /** Binds a free port of 127.0.0.1. */
  public static SilentServer start() {
    try {
      return new SilentServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:PORT}, to give a client as its base URL. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** Closes the port; the connections waiting on it are reset. */
  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
