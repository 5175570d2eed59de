package com.custodyadvisor.http;

import java.time.Duration;

/**
 * How the HTTP service listens: where, how large and how slow a request body may be, how many connections
 * it holds, and how long a stop waits for requests in flight. {@link #defaults()} gives the documented
 * defaults.
 *
 * @param host the interface to bind: an address or name (127.0.0.1 by default; 0.0.0.0 for every IPv4 one)
 * @param port the TCP port; 0 picks a free one (tests)
 * @param maxBodyBytes the largest request body accepted; a larger one is answered with 413
 * @param maxBatchBytes the largest body of a batch ({@code POST /v1/advisories:batch}); a larger one gets 413
 * @param bodyTimeout how long a request body may take to arrive in full; a slower one is answered with 408
 * @param maxConnections connections held at once; more wait to be accepted until one closes
 * @param stopTimeout how long a stop lets requests in flight finish before closing their connections
 * @param adminKey the bearer key the admin endpoints require; null turns them off
 */
public record ServerConfig(String host, int port, long maxBodyBytes, long maxBatchBytes, Duration bodyTimeout,
                           int maxConnections, Duration stopTimeout, String adminKey) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 256 * 1024;
    public static final long DEFAULT_MAX_BATCH_BYTES = 16 * 1024 * 1024;
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_CONNECTIONS = 4_096;
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the host to bind must be given, e.g. 127.0.0.1 or 0.0.0.0");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("the body limit must be above zero, not " + maxBodyBytes);
        }
        if (maxBatchBytes <= 0) {
            throw new IllegalArgumentException("the batch body limit must be above zero, not " + maxBatchBytes);
        }
        if (bodyTimeout == null || bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("the body timeout must be above zero");
        }
        if (maxConnections <= 0) {
            throw new IllegalArgumentException("the connection cap must be above zero, not " + maxConnections);
        }
        if (stopTimeout == null || stopTimeout.isNegative()) {
            throw new IllegalArgumentException("the stop timeout must be zero or more");
        }
        if (adminKey != null && adminKey.isBlank()) {
            adminKey = null;
        }
    }

    /**
     * Loopback, port 7070, 256 KiB bodies (16 MiB for a batch) in 10 s, 4,096 connections, 30 s for requests in
     * flight at stop.
     */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BATCH_BYTES,
                DEFAULT_BODY_TIMEOUT, DEFAULT_MAX_CONNECTIONS, DEFAULT_STOP_TIMEOUT, null);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, maxBodyBytes, maxBatchBytes, bodyTimeout, maxConnections, stopTimeout,
                adminKey);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxBodyBytes, maxBatchBytes, bodyTimeout, maxConnections, stopTimeout,
                adminKey);
    }

    public ServerConfig withMaxBodyBytes(long newMaxBodyBytes) {
        return new ServerConfig(host, port, newMaxBodyBytes, maxBatchBytes, bodyTimeout, maxConnections, stopTimeout,
                adminKey);
    }

    public ServerConfig withMaxBatchBytes(long newMaxBatchBytes) {
        return new ServerConfig(host, port, maxBodyBytes, newMaxBatchBytes, bodyTimeout, maxConnections, stopTimeout,
                adminKey);
    }

    public ServerConfig withBodyTimeout(Duration newBodyTimeout) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatchBytes, newBodyTimeout, maxConnections, stopTimeout,
                adminKey);
    }

    public ServerConfig withMaxConnections(int newMaxConnections) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatchBytes, bodyTimeout, newMaxConnections, stopTimeout,
                adminKey);
    }

    public ServerConfig withStopTimeout(Duration newStopTimeout) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatchBytes, bodyTimeout, maxConnections, newStopTimeout,
                adminKey);
    }

    /** Turns the admin endpoints on with this bearer key (null or blank: off). */
    public ServerConfig withAdminKey(String newAdminKey) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatchBytes, bodyTimeout, maxConnections, stopTimeout,
                newAdminKey);
    }

    @Override
    public String toString() {
        // the key stays out of logs and error messages
        return "ServerConfig[host=" + host + ", port=" + port + ", maxBodyBytes=" + maxBodyBytes + ", maxBatchBytes="
                + maxBatchBytes + ", bodyTimeout="
                + bodyTimeout + ", maxConnections=" + maxConnections + ", stopTimeout=" + stopTimeout + ", admin="
                + (adminKey == null ? "off" : "on") + "]";
    }
}
