package com.custodyadvisor.cli;

import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.http.AdvisoryServer;
import com.custodyadvisor.http.ServerConfig;
import com.custodyadvisor.reload.DirectoryWatcher;
import com.custodyadvisor.reload.LiveAdvisor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: the HTTP API on the rules and catalogue of the given directories, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the HTTP API: POST /v1/advisories, POST /v1/advisories:batch, GET /v1/providers, /v1/rules, /health, "
                + "/health/live, /health/ready, /metrics, /openapi.json and /docs.", "",
                "Listens at once and compiles the rules: /health/ready answers 503 until they serve, then 200. "
                        + "Runs until stopped (SIGTERM or Ctrl-C); requests in flight finish first. "
                        + "Exit status 2 when the rules or the catalogue are invalid or the port is taken.", "",
                "Logs go to stderr; CUSTODY_ADVISOR_LOG_LEVEL (default INFO) sets how much."})
final class ServeCommand implements Callable<Integer>, BuildVersion.UsesRules {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    /** Editors write a file in several steps; reload once they have been quiet this long. */
    private static final Duration SETTLE = Duration.ofMillis(300);

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:CUSTODY_ADVISOR_HOST:-127.0.0.1}",
            description = "Interface to listen on: 127.0.0.1 (loopback only), 0.0.0.0 (every IPv4 one), :: (every "
                    + "one) or an address (default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_HOST).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:CUSTODY_ADVISOR_PORT:-7070}",
            description = "TCP port to listen on (default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_PORT).")
    int port;

    @Option(names = "--max-body", paramLabel = "SIZE", converter = ByteSize.class,
            defaultValue = "${env:CUSTODY_ADVISOR_MAX_BODY:-256KiB}",
            description = "Largest request body accepted, e.g. 256KiB or 1MiB; larger ones get 413 "
                    + "(default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_MAX_BODY).")
    long maxBody;

    @Option(names = "--max-batch-body", paramLabel = "SIZE", converter = ByteSize.class,
            defaultValue = "${env:CUSTODY_ADVISOR_MAX_BATCH_BODY:-16MiB}",
            description = "Largest body of POST /v1/advisories:batch (many profiles, as JSON Lines or a JSON array); "
                    + "larger ones get 413 (default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_MAX_BATCH_BODY).")
    long maxBatchBody;

    @Option(names = "--body-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "${env:CUSTODY_ADVISOR_BODY_TIMEOUT:-10s}",
            description = "Time a request body may take to arrive in full; a slower one gets 408 "
                    + "(default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_BODY_TIMEOUT).")
    Duration bodyTimeout;

    @Option(names = "--max-connections", paramLabel = "N",
            defaultValue = "${env:CUSTODY_ADVISOR_MAX_CONNECTIONS:-4096}",
            description = "Connections held at once; more wait to be accepted "
                    + "(default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_MAX_CONNECTIONS).")
    int maxConnections;

    @Option(names = "--advisory-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "${env:CUSTODY_ADVISOR_ADVISORY_TIMEOUT:-5s}",
            description = "Time one advisory may take; past it the rules are stopped and the client gets 503 "
                    + "(default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_ADVISORY_TIMEOUT).")
    Duration advisoryTimeout;

    @Option(names = "--watch", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Reload when files under the rules or data directory change (default: on; "
                    + "--no-watch turns it off; the set shipped inside the program never changes).")
    boolean watch;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "${env:CUSTODY_ADVISOR_LOG_FORMAT:-text}",
            description = "text (one line per event, with date and request id) or json (one JSON object per line) "
                    + "(default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_LOG_FORMAT).")
    LogFormat logFormat;

    @Mixin
    EngineOptions engine;

    /** The admin key comes only from the environment, so it never shows in a process list. */
    String adminKey = System.getenv("CUSTODY_ADVISOR_ADMIN_KEY");

    @Override
    public RuleSources sources() {
        return engine.sources();
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("--port must be 0..65535, not " + port);
            return Main.EXIT_INVALID;
        }
        if (maxConnections <= 0) {
            err.println("--max-connections must be above zero, not " + maxConnections);
            return Main.EXIT_INVALID;
        }
        logFormat.apply();
        RuleSources sources = engine.sources();
        ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withMaxBodyBytes(maxBody)
                .withMaxBatchBytes(maxBatchBody).withBodyTimeout(bodyTimeout).withMaxConnections(maxConnections)
                .withAdminKey(adminKey);
        // the rules load on a thread of their own while the server is built and starts listening (each is a few
        // seconds of class loading in a fresh JVM), so probes see the service starting (503 on /health/ready)
        EngineOptions.Loading loading = EngineOptions.loadInBackground(sources);
        LiveAdvisor live = new LiveAdvisor(sources.rules().path(), sources.data().path(), Clock.systemUTC());
        AdvisoryServer server = AdvisoryServer.create(live, config);
        try {
            server.start();
        } catch (RuntimeException e) {
            err.println("cannot serve on " + host + " port " + port + ": " + e.getMessage());
            return Main.EXIT_INVALID;
        }
        ConsoleLogging.offRequestPath();
        LOG.info("listening on http://{}; compiling the rules ({}) and catalogue ({})", server.boundAddress(),
                sources.rules().describe(), sources.data().describe());
        AtomicReference<DirectoryWatcher> watcher = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM and Ctrl-C run the hook, also while the rules compile: stop taking requests and let those
        // in flight finish
        Thread shutdown = new Thread(() -> {
            LOG.info("stopping: finishing requests in flight");
            closeQuietly(watcher.get());
            server.stop();
            LOG.info("stopped");
            ConsoleLogging.flush();
            stopped.countDown();
        }, "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        server.warmUpReading();
        Advisor loaded = loading.advisor(err);
        if (loaded == null) {
            Runtime.getRuntime().removeShutdownHook(shutdown);
            server.stop();
            return Main.EXIT_INVALID;
        }
        Advisor advisor = loaded.withTimeout(advisoryTimeout);
        // the first advisory's one-off costs are paid here, while not ready, rather than by the first client
        server.warmUp(advisor);
        live.install(advisor);
        if (watch) {
            watcher.set(watch(sources, live));
        }
        LOG.info("ready: {} rules, ruleset {}; {} providers; docs at /docs; reload on file change {}, admin "
                        + "endpoints {}", advisor.ruleSet().rules().size(), advisor.ruleSet().version(),
                advisor.catalog().size(), watcher.get() == null ? "off" : "on",
                config.adminKey() == null ? "off" : "on");
        stopped.await();
        return Main.EXIT_OK;
    }

    /** Watches the directories on disk; the shipped set is inside the program and never changes. */
    private static DirectoryWatcher watch(RuleSources sources, LiveAdvisor live) {
        List<Path> dirs = Stream.of(sources.rules(), sources.data()).filter(s -> !s.shipped())
                .map(RuleSources.Source::path).toList();
        if (dirs.isEmpty()) {
            return null;
        }
        try {
            return DirectoryWatcher.start(dirs, SETTLE, live::reload);
        } catch (IOException e) {
            LOG.warn("not watching {} for changes: {}", dirs, e.getMessage());
            return null;
        }
    }

    private static void closeQuietly(DirectoryWatcher watcher) {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.debug("closing the file watcher: {}", e.getMessage());
            }
        }
    }
}
