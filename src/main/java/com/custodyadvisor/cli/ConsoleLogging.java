package com.custodyadvisor.cli;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log's set-up, in code rather than {@code logback.xml} (reading XML at every start costs a command a
 * few hundred milliseconds): everything to stderr, since stdout carries the advisory, which must be exactly
 * the HTTP body. Each line: date and time (UTC offset), level, the request's id when there is one, logger,
 * message. {@code CUSTODY_ADVISOR_LOG_LEVEL} (default INFO) sets how much. Found by logback through
 * {@code META-INF/services}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

    static final String APPENDER = "STDERR";
    static final String ASYNC_APPENDER = "ASYNC";
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level "
            + "%replace([%X{requestId}] ){'^\\[\\] $', ''}%logger{0} - %msg%n";

    /** Drools reports rule-file problems through the build results, which we print ourselves. */
    private static final Map<String, Level> LEVELS = Map.of("org.drools", Level.ERROR, "org.kie", Level.ERROR,
            "org.drools.compiler.kie.builder.impl", Level.OFF, "org.eclipse.jetty", Level.WARN,
            "io.javalin", Level.WARN);

    /** Lines the service's log may hold while stderr is slow before a request waits for it. */
    private static final int QUEUE = 8_192;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(APPENDER);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv("CUSTODY_ADVISOR_LOG_LEVEL"), Level.INFO));
        root.addAppender(console);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Writes the log from a thread of its own, so a request never waits for stderr (one line per request):
     * the service's set-up. A command that ends soon after logging keeps writing in place.
     */
    static void offRequestPath() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> console = root.getAppender(APPENDER);
        if (console == null) {
            return;
        }
        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName(ASYNC_APPENDER);
        async.setQueueSize(QUEUE);
        // keep every line, INFO included: a full queue makes the request wait rather than lose its line
        async.setDiscardingThreshold(0);
        async.addAppender(console);
        async.start();
        root.addAppender(async);
        root.detachAppender(console);
    }

    /** Writes what the log still holds (at exit). */
    static void flush() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(ASYNC_APPENDER) instanceof AsyncAppender a) {
            a.stop();
        }
    }
}
