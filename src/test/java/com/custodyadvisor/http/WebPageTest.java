package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /}: the self-assessment page and its files, all from the service itself. */
class WebPageTest {

    /** src/href attributes and CSS url(): the ways a page loads a file. */
    private static final Pattern HTML_REFERENCE = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]+)\"");
    /** Static imports between the page's modules: statements starting a line, not the word "from" in a text. */
    private static final Pattern JS_IMPORT = Pattern.compile("(?m)^(?:import|export)\\b[^;]*?\\bfrom\\s+'([^']+)'");
    /** Anything that would reach another host: an absolute URL or a protocol-relative one in a reference. */
    private static final Pattern EXTERNAL = Pattern.compile(
            "https?://|(?:src|href|action)\\s*=\\s*[\"']?//|url\\(\\s*[\"']?//|\\bimport\\s*\\(?\\s*[\"']//");
    /** An SVG's namespace name is an identifier, never fetched. */
    private static final String SVG_NAMESPACE = "xmlns=\"http://www.w3.org/2000/svg\"";

    @RegisterExtension
    static final TestServer server = TestServer.shipped();

    @Test
    void rootServesThePage() {
        HttpResponse<String> response = server.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("<form id=\"profile-form\"").contains("<html lang=\"en\">");
        // the browser itself refuses anything from another origin
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").doesNotContain("http"));
    }

    @Test
    void everyFileThePageUsesIsServedAndNoneComesFromElsewhere() {
        Map<String, String> files = pageFiles();

        assertThat(files.keySet()).contains("/", "/app.css", "/print.css", "/js/app.js", "/js/form.js",
                "/vendor/js-yaml.min.js", "/favicon.svg");
        files.forEach((path, body) -> {
            String text = body.replace(SVG_NAMESPACE, "");
            Matcher external = EXTERNAL.matcher(text);
            if (external.find()) {
                fail(path + " refers to another host: "
                        + text.substring(Math.max(0, external.start() - 40), Math.min(text.length(), external.end() + 40)));
            }
        });
    }

    @Test
    void scriptsAndStylesHaveTheirTypes() {
        assertThat(server.get("/js/app.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(server.get("/app.css").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }

    /**
     * Nothing outside the page's and Swagger UI's directories is served, however the path is written: the program's
     * classes, schema, shipped rules and data are on the same class path.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/custody-advisor/data/providers.yaml", "/schema/profile.schema.json",
        "/META-INF/MANIFEST.MF", "/com/custodyadvisor/cli/Main.class", "/../custody-advisor/data/providers.yaml",
        "/%2e%2e/custody-advisor/data/providers.yaml", "/js/../../schema/profile.schema.json",
        "/docs/../../schema/profile.schema.json", "/docs/..%2f..%2fschema/profile.schema.json",
        "/..;/schema/profile.schema.json", "/js/%2e%2e/%2e%2e/schema/profile.schema.json"})
    void filesOutsideTheServedDirectoriesAreNeverServed(String path) {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).as("GET %s", path).isIn(400, 404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ProblemResponses.MEDIA_TYPE);
        assertThat(response.body()).doesNotContain("\"$schema\"").doesNotContain("providers:");
    }

    /** Only real files are served: any other path is still the 404 problem, not the page. */
    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/nope.html", "/js/nope.js", "/js/", "/web/index.html", "/v1"})
    void unknownPathsAreProblemsNotThePage(String path) {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ProblemResponses.MEDIA_TYPE);
        assertThat(response.body()).doesNotContain("<html");
    }

    /** The page and every file it loads, following references from the HTML and imports between modules. */
    private static Map<String, String> pageFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add("/");
        while (!pending.isEmpty()) {
            String path = pending.removeFirst();
            if (files.containsKey(path)) {
                continue;
            }
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
            String body = response.body();
            files.put(path, body);
            Pattern references = path.endsWith(".js") ? JS_IMPORT : HTML_REFERENCE;
            if (path.equals("/") || path.endsWith(".js")) {
                Matcher m = references.matcher(body);
                while (m.find()) {
                    String target = m.group(1);
                    if (target.startsWith("#") || target.equals("/docs")) {
                        continue; // an anchor in the page, or the API documentation, another page of the service
                    }
                    pending.add(resolve(path, target));
                }
            }
        }
        return files;
    }

    private static String resolve(String from, String target) {
        if (target.startsWith("/")) {
            return target;
        }
        String base = from.substring(0, from.lastIndexOf('/') + 1);
        String path = base + (target.startsWith("./") ? target.substring(2) : target);
        while (path.contains("/../")) {
            path = path.replaceFirst("/[^/]+/\\.\\./", "/");
        }
        return path;
    }
}
