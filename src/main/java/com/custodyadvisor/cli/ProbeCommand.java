package com.custodyadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code probe}: asks a running service whether it is ready, for container health checks where no HTTP
 * client is installed (the image has none: it holds the Java runtime and this program only).
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {"Ask a running service whether it is ready (GET /health/ready).",
                "Exit status: 0 ready, 1 not ready or not answering."})
final class ProbeCommand implements Callable<Integer> {

    private static final int TIMEOUT_MS = 3_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL",
            defaultValue = "http://127.0.0.1:${env:CUSTODY_ADVISOR_PORT:-7070}/health/ready",
            description = "What to ask (default: ${DEFAULT-VALUE}).")
    URI url;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MS);
            connection.setReadTimeout(TIMEOUT_MS);
            int status = connection.getResponseCode();
            connection.disconnect();
            out.println(url + ": " + status + (status == 200 ? " ready" : " not ready"));
            out.flush();
            return status == 200 ? Main.EXIT_OK : Main.EXIT_FINDINGS;
        } catch (IOException | IllegalArgumentException e) {
            out.println(url + ": not answering (" + e.getMessage() + ")");
            out.flush();
            return Main.EXIT_FINDINGS;
        }
    }
}
