package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log lines as ConsoleLogging writes them: date and time with offset, level, request id when there is one. */
class LogLinesTest {

    @Test
    void aLineCarriesTheDateAndTheRequestId() {
        LoggingEvent event = event("GET /v1/rules 200 1.2 ms");
        event.setMDCPropertyMap(Map.of(RequestIds.MDC_KEY, "build-4711"));

        assertThat(format(event)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) "
                + "INFO  \\[build-4711\\] RequestLog - GET /v1/rules 200 1\\.2 ms\\R");
    }

    @Test
    void aLineOutsideARequestHasNoEmptyBrackets() {
        LoggingEvent event = event("ready: 47 rules");
        event.setMDCPropertyMap(Map.of());

        assertThat(format(event)).matches("\\S+ INFO  RequestLog - ready: 47 rules\\R");
    }

    private static LoggingEvent event(String message) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = context.getLogger(RequestLog.class);
        return new LoggingEvent(Logger.FQCN, logger, Level.INFO, message, null, null);
    }

    @SuppressWarnings("unchecked")
    private static String format(LoggingEvent event) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ConsoleAppender<?> console = (ConsoleAppender<?>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .getAppender("STDERR");
        Encoder<LoggingEvent> encoder = (Encoder<LoggingEvent>) console.getEncoder();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
