package com.custodyadvisor.http;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * {@code /docs}: Swagger UI rendering {@code /openapi.json}. The page and its initializer come from this
 * project's resources; Swagger UI's scripts and styles are served from the {@code org.webjars:swagger-ui}
 * jar on the class path, so the page needs nothing from outside.
 */
final class DocsPage {

    static final String PATH = "/docs";
    static final String INITIALIZER_PATH = PATH + "/swagger-initializer.js";

    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String html;
    private final String initializer;
    private final String assetsDirectory;

    private DocsPage(String html, String initializer, String assetsDirectory) {
        this.html = html;
        this.initializer = initializer;
        this.assetsDirectory = assetsDirectory;
    }

    static DocsPage load() {
        return new DocsPage(resource("/docs/index.html"), resource("/docs/swagger-initializer.js"),
                "/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion());
    }

    /** Serves Swagger UI's files under /docs/ (the routes for the page and initializer take precedence). */
    void serveAssets(StaticFilesConfig staticFiles) {
        staticFiles.add(files -> {
            files.hostedPath = PATH;
            files.directory = assetsDirectory;
            files.location = Location.CLASSPATH;
        });
    }

    void page(Context ctx) {
        ctx.html(html);
    }

    void initializer(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8").result(initializer);
    }

    /** The webjar's version names its directory; read from the jar so a version bump needs no code change. */
    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = DocsPage.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI webjar not on the class path: " + WEBJAR_PROPERTIES);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = DocsPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource not on the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
