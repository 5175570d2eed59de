package com.custodyadvisor.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** Collects what a logger logs while a test runs; events arrive from the server's threads. */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    private final Logger logger;

    private LogCapture(Logger logger) {
        this.logger = logger;
    }

    static LogCapture of(Class<?> loggingClass) {
        return attach((Logger) LoggerFactory.getLogger(loggingClass));
    }

    /** Everything logged, by any logger. */
    static LogCapture all() {
        return attach((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME));
    }

    private static LogCapture attach(Logger logger) {
        LogCapture capture = new LogCapture(logger);
        capture.start();
        capture.logger.addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        events.add(event);
    }

    List<ILoggingEvent> events() {
        return List.copyOf(events);
    }

    /**
     * The first event that matches, waiting for it a while: the request log is written as the response
     * completes, which may be just after the client has read it.
     */
    ILoggingEvent await(Predicate<ILoggingEvent> matching) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ILoggingEvent event : events) {
                if (matching.test(event)) {
                    return event;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no log event matched; got " + events.stream()
                .map(ILoggingEvent::getFormattedMessage).toList());
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        stop();
    }
}
