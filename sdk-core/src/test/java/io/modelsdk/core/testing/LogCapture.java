package io.modelsdk.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures what the SDK logs under {@code io.modelsdk} during each test, through Logback, at the level
 * given (TRACE by default, the most verbose), and keeps it off the console. Needs Logback on the test
 * classpath ({@code ch.qos.logback:logback-classic}, test scope).
 *
 * <pre>{@code
 * @RegisterExtension final LogCapture logs = new LogCapture();
 *
 * assertThat(logs.debug(LogCapture.RETRY)).singleElement().asString().contains("retrying after 503");
 * assertThat(logs.text()).doesNotContain(KEY);
 * }</pre>
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {
  /** The logger of attempts (DEBUG) and of their headers and bodies (TRACE). */
  public static final String HTTP = "io.modelsdk.http";
  /** The logger of retry decisions (DEBUG). */
  public static final String RETRY = "io.modelsdk.retry";
  private static final String ROOT = "io.modelsdk";

  private final Level level;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Level savedLevel;
  private boolean savedAdditive;

  /** Captures every level, TRACE and up. */
  public LogCapture() {
    this(Level.TRACE);
  }

  /** Sets {@code io.modelsdk} to {@code level} for the test, such as {@code Level.INFO} for "logging off". */
  public LogCapture(Level level) {
    this.level = level;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Logger logger = sdkLogger();
    savedLevel = logger.getLevel();
    savedAdditive = logger.isAdditive();
    appender.setContext(logger.getLoggerContext());
    appender.start();
    logger.addAppender(appender);
    logger.setAdditive(false);
    logger.setLevel(level);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Logger logger = sdkLogger();
    logger.detachAppender(appender);
    logger.setLevel(savedLevel);
    logger.setAdditive(savedAdditive);
    appender.stop();
  }

  /** The messages logged at DEBUG by {@code logger}, such as {@code io.modelsdk.http}, oldest first. */
  public List<String> debug(String logger) {
    return messages(logger, Level.DEBUG);
  }

  /** The messages logged at TRACE by {@code logger}, oldest first. */
  public List<String> trace(String logger) {
    return messages(logger, Level.TRACE);
  }

  /** Every event as {@code LEVEL logger message}, with the messages of any throwable attached, one a line. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (ILoggingEvent e : events()) {
      b.append(e.getLevel()).append(' ').append(e.getLoggerName()).append(' ').append(e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        b.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
      }
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * The pattern of the DEBUG line of {@link #HTTP} for an attempt of {@code call} (such as
   * {@code "openai GET http://localhost:8080/v1/models"}) answered with {@code status}, in any time.
   *
   * @param requestId the vendor's request id, or null for a vendor that sends none
   */
  public static String answered(String call, int attempt, int status, String requestId) {
    return Pattern.quote(call + ": attempt " + attempt + " answered " + status + " in ") + "\\d+ ms"
        + (requestId == null ? "" : Pattern.quote(", request id " + requestId));
  }

  /** Every event captured so far, oldest first. */
  public List<ILoggingEvent> events() {
    synchronized (appender) { // Logback appends under the appender's lock
      return new ArrayList<>(appender.list);
    }
  }

  private List<String> messages(String logger, Level at) {
    return events().stream().filter(e -> e.getLoggerName().equals(logger) && e.getLevel() == at)
        .map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
  }

  private static Logger sdkLogger() {
    org.slf4j.Logger logger = LoggerFactory.getLogger(ROOT);
    if (!(logger instanceof Logger)) {
      throw new IllegalStateException("LogCapture needs Logback as the SLF4J provider; the test classpath has "
          + LoggerFactory.getILoggerFactory().getClass().getName());
    }
    return (Logger) logger;
  }
}
