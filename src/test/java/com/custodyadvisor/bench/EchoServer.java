package com.custodyadvisor.bench;

import com.custodyadvisor.document.Mappers;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson3;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP baseline of {@code bench/http_vs_echo.py}: a bare Javalin server on the same Jetty, Javalin and
 * Jackson (the service's mapper, the same body limit) that parses a JSON body and writes it back, with no
 * logging, metrics or rules. What the service achieves is measured as a share of what this does in the
 * same run.
 *
 * <pre>
 * java -cp target/custody-advisor.jar:target/test-classes com.custodyadvisor.bench.EchoServer PORT
 * java -cp ... com.custodyadvisor.bench.EchoServer --json FILE   # a YAML or JSON profile as JSON, to send
 * </pre>
 */
public final class EchoServer {

    private EchoServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--json")) {
            JsonNode profile = Mappers.YAML.readTree(Files.readAllBytes(Path.of(args[1])));
            System.out.println(Mappers.JSON.writeValueAsString(profile));
            return;
        }
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7071;
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new JavalinJackson3((JsonMapper) Mappers.JSON, false));
            javalin.http.maxRequestSize = 256 * 1024;
            javalin.jetty.host = "127.0.0.1";
            javalin.jetty.port = port;
            javalin.routes.get("/health", ctx -> ctx.result("ok"));
            javalin.routes.post("/echo", ctx -> {
                JsonNode body = Mappers.JSON.readTree(ctx.bodyAsBytes());
                ctx.contentType("application/json").result(Mappers.JSON.writeValueAsString(body));
            });
        });
        app.start();
        System.err.println("echo listening on 127.0.0.1:" + app.port());
    }
}
