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
 * @param adminKey the bearer key the admin endpoints require; null turns them off
 */
public record ServerConfig(String host, int port, long maxBodyBytes, Duration stopTimeout, String adminKey) {

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
        if (adminKey != null && adminKey.isBlank()) {
            adminKey = null;
        }
    }

    /** Every interface, port 7070, 256 KiB bodies, 30 s for requests in flight at stop. */
    public static ServerConfig defaults() {
        return new ServerConfig(null, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_STOP_TIMEOUT, null);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, maxBodyBytes, stopTimeout, adminKey);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxBodyBytes, stopTimeout, adminKey);
    }

    public ServerConfig withMaxBodyBytes(long newMaxBodyBytes) {
        return new ServerConfig(host, port, newMaxBodyBytes, stopTimeout, adminKey);
    }

    public ServerConfig withStopTimeout(Duration newStopTimeout) {
        return new ServerConfig(host, port, maxBodyBytes, newStopTimeout, adminKey);
    }

    /** Turns the admin endpoints on with this bearer key (null or blank: off). */
    public ServerConfig withAdminKey(String newAdminKey) {
        return new ServerConfig(host, port, maxBodyBytes, stopTimeout, newAdminKey);
    }

    @Override
    public String toString() {
        // the key stays out of logs and error messages
        return "ServerConfig[host=" + host + ", port=" + port + ", maxBodyBytes=" + maxBodyBytes + ", stopTimeout="
                + stopTimeout + ", admin=" + (adminKey == null ? "off" : "on") + "]";
    }
}
