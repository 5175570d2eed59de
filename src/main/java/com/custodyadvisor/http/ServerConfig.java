package com.custodyadvisor.http;

import java.time.Duration;

/**
 * How the HTTP service listens: where, how large a request body may be, and how long a stop waits for
 * requests in flight. {@link #defaults()} gives the documented defaults.
 *
 * @param host the interface to bind, or null for every interface
 * @param port the TCP port; 0 picks a free one (tests)
 * @param maxBodyBytes the largest request body accepted; a larger one is answered with 413
 * @param stopTimeout how long a stop lets requests in flight finish before closing their connections
 */
public record ServerConfig(String host, int port, long maxBodyBytes, Duration stopTimeout) {

    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 256 * 1024;
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("the body limit must be above zero, not " + maxBodyBytes);
        }
        if (stopTimeout == null || stopTimeout.isNegative()) {
            throw new IllegalArgumentException("the stop timeout must be zero or more");
        }
    }

    /** Every interface, port 7070, 256 KiB bodies, 30 s for requests in flight at stop. */
    public static ServerConfig defaults() {
        return new ServerConfig(null, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_STOP_TIMEOUT);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, maxBodyBytes, stopTimeout);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxBodyBytes, stopTimeout);
    }

    public ServerConfig withMaxBodyBytes(long newMaxBodyBytes) {
        return new ServerConfig(host, port, newMaxBodyBytes, stopTimeout);
    }

    public ServerConfig withStopTimeout(Duration newStopTimeout) {
        return new ServerConfig(host, port, maxBodyBytes, newStopTimeout);
    }
}
