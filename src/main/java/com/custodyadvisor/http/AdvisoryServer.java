package com.custodyadvisor.http;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.reload.LiveAdvisor;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.json.JavalinJackson3;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP service: the contract's endpoints on Javalin (Jetty). Takes its {@link Advisor} through a
 * supplier, read once at the start of each request, so the rules can be swapped while it runs.
 */
public final class AdvisoryServer {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** The threads the profiles of batches are read and checked on, one per core, shared by every batch. */
    private static final ExecutorService BATCH_WORKERS = Executors.newFixedThreadPool(CORES, task -> {
        Thread thread = new Thread(task, "batch-worker");
        thread.setDaemon(true);
        return thread;
    });

    private final Javalin app;
    private final ServiceMetrics metrics;
    private final StartupWarmUp warmUp;

    private AdvisoryServer(Javalin app, ServiceMetrics metrics, StartupWarmUp warmUp) {
        this.app = app;
        this.metrics = metrics;
        this.warmUp = warmUp;
    }

    /** A server on a fixed advisor (or one the caller swaps); the admin reload endpoint is off. */
    public static AdvisoryServer create(Supplier<Advisor> advisors, ServerConfig config) {
        return create(advisors, null, config);
    }

    /**
     * A server on a reloadable advisor: {@code /health} reports the last reload, and with an admin key
     * configured {@code POST /v1/admin/reload} reloads on demand. It may start before the advisor has its
     * first rule set: until then it answers 503 (and {@code /health/ready} says it is starting).
     */
    public static AdvisoryServer create(LiveAdvisor live, ServerConfig config) {
        return create(live, live, config);
    }

    /** Builds everything it serves up front, so start-up fails early. */
    private static AdvisoryServer create(Supplier<Advisor> advisors, LiveAdvisor live, ServerConfig config) {
        ProfileReader reader = new ProfileReader();
        String openApi = OpenApiDocument.render(reader.schema().schemaNode());
        DocsPage docs = DocsPage.load();
        ServiceMetrics metrics = new ServiceMetrics(advisors, live, Clock.systemUTC());
        BatchHandler batch = new BatchHandler(reader, config.maxBatchBytes(), BATCH_WORKERS, 4 * CORES);
        AdvisoryRoutes routes = new AdvisoryRoutes(advisors, live, new AdvisoryHandler(reader, config.maxBodyBytes()),
                batch, openApi, docs, config, metrics);
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.jsonMapper(new JavalinJackson3((JsonMapper) Mappers.JSON_PRETTY, false));
            javalin.http.maxRequestSize = Math.max(config.maxBodyBytes(), config.maxBatchBytes());
            javalin.http.prefer405over404 = true;
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            javalin.jetty.modifyServer(server -> {
                // on stop, stop taking connections and let requests in flight finish, up to the timeout
                server.setStopTimeout(config.stopTimeout().toMillis());
                GracefulHandler graceful = new GracefulHandler();
                // bodies are read as they arrive, before a request takes a thread (slow senders hold none)
                server.insertHandler(new BodyBuffering(config.maxBodyBytes(), config.maxBatchBytes(),
                        config.bodyTimeout(), graceful));
                server.insertHandler(graceful);
                server.insertHandler(new SecurityHeaders());
                // past the cap, new connections wait in the accept queue until one closes
                server.addBean(new NetworkConnectionLimit(config.maxConnections(), server));
                // outermost: every answer, Jetty's own refusals too, carries the request's id
                server.insertHandler(new RequestIds());
                server.setErrorHandler(new JettyErrorProblems());
            });
            javalin.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrorProblems()));
            javalin.router.javaLangErrorHandler((response, error) ->
                    ProblemServletResponses.write(response, ProblemResponses.serverFailure("a request", error)));
            javalin.requestLogger.http(new RequestLog(metrics));
            // Javalin's own handler reads the files through the class loader; Jetty's (the default) opens the one
            // jar as a zip file system, reading its 19,700 entries on the start-up's path (a quarter of a second)
            javalin.resourceHandler(new JavalinStaticResourceHandler());
            docs.serveAssets(javalin.staticFiles);
            WebPage.serve(javalin.staticFiles);
            routes.register(javalin.routes);
        });
        return new AdvisoryServer(app, metrics, new StartupWarmUp(reader));
    }

    /** The OpenAPI document the service serves at /openapi.json, with the profile schema embedded. */
    public static String openApiDocument() {
        return OpenApiDocument.render(new ProfileReader().schema().schemaNode());
    }

    /** Starts listening; returns once the port is bound. */
    public AdvisoryServer start() {
        app.start();
        return this;
    }

    /**
     * While starting, before any rules are ready: reads a shipped example as a request's body is read, so the first
     * client does not wait for what a fresh JVM loads and builds on its first request.
     */
    public void warmUpReading() {
        warmUp.readProfile();
    }

    /** Once the first rules are loaded, before they serve: advises that example and writes its JSON, likewise. */
    public void warmUp(Advisor advisor) {
        warmUp.advise(advisor);
    }

    /** Stops taking requests, lets those in flight finish (up to the stop timeout), then closes. */
    public void stop() {
        app.stop();
        metrics.close();
    }

    /** The port listened on (the one chosen when the configuration asked for 0). */
    public int port() {
        return app.port();
    }

    /** The address really bound, e.g. "127.0.0.1:7070" or "[::]:7070", for the log. */
    public String boundAddress() {
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof ServerConnector server
                    && server.getTransport() instanceof ServerSocketChannel channel) {
                try {
                    if (channel.getLocalAddress() instanceof InetSocketAddress bound) {
                        String host = bound.getAddress().getHostAddress();
                        return (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort();
                    }
                } catch (IOException e) {
                    // closed: fall through to the port alone
                }
            }
        }
        return "port " + port();
    }
}
