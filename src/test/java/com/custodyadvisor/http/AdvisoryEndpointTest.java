package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.cli.Main;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.report.AdvisoryJson;
import com.custodyadvisor.report.MarkdownReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** POST /v1/advisories over HTTP: the advisory is the CLI's, byte for byte, from JSON or YAML. */
class AdvisoryEndpointTest {

    private static final String PATH = "/v1/advisories";

    private static final Advisor advisor = TestAdvisors.shipped();

    @RegisterExtension
    static final TestServer server = TestServer.shipped();

    static List<Path> examples() {
        return Profiles.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void yamlBodyGivesTheAdvisoryTheCliPrints(Path example) throws Exception {
        HttpResponse<String> response = server.post(PATH, "application/yaml", Profiles.yaml(example));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo(cliJson(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void jsonBodyGivesTheSameAdvisoryAsYaml(Path example) throws Exception {
        HttpResponse<String> response = server.post(PATH, "application/json", Profiles.json(example));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(cliJson(example));
    }

    @Test
    void bodyEqualsWhatTheAssessCommandPrints() {
        Path example = Profiles.EXAMPLES.resolve("apac-custodian.yaml");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            exit = Main.run("assess", example.toString(), "--format", "json");
        } finally {
            System.setOut(original);
        }

        HttpResponse<String> response = server.post(PATH, "application/json", Profiles.json(example));

        assertThat(exit).isIn(0, 1);
        assertThat(response.body()).isEqualTo(stdout.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-yaml", "text/yaml", "application/yaml; charset=utf-8", "TEXT/YAML"})
    void everyYamlMediaTypeIsRead(String contentType) {
        Path example = Profiles.EXAMPLES.resolve("cyber-only.yaml");

        HttpResponse<String> response = server.post(PATH, contentType, Profiles.yaml(example));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void jsonWithCharsetIsRead() {
        HttpResponse<String> response = server.post(PATH, "application/json; charset=UTF-8", Profiles.MINIMAL_JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Mappers.JSON.readTree(response.body()).path("rulesetVersion").asString())
                .isEqualTo(advisor.ruleSet().version());
    }

    @Test
    void explanationsOnlyWhenAsked() throws Exception {
        Path example = Profiles.EXAMPLES.resolve("large-exchange.yaml");

        JsonNode plain = Mappers.JSON.readTree(server.post(PATH, "application/yaml", Profiles.yaml(example)).body());
        JsonNode off = Mappers.JSON.readTree(
                server.post(PATH + "?explain=false", "application/yaml", Profiles.yaml(example)).body());
        HttpResponse<String> explained = server.post(PATH + "?explain=true", "application/yaml",
                Profiles.yaml(example));

        assertThat(plain.path("findings")).isNotEmpty();
        assertThat(plain.path("findings")).allSatisfy(f -> assertThat(f.has("explanations")).isFalse());
        assertThat(off).isEqualTo(plain);
        assertThat(explained.statusCode()).isEqualTo(200);
        assertThat(Mappers.JSON.readTree(explained.body()).path("findings"))
                .allSatisfy(f -> assertThat(f.path("explanations")).isNotEmpty());
        assertThat(explained.body()).isEqualTo(AdvisoryJson.render(advise(example, true)));
    }

    @Test
    void markdownWhenAccepted() throws Exception {
        Path example = Profiles.EXAMPLES.resolve("qualified-custodian.yaml");
        SubmittedProfile submitted = new ProfileReader().read(Profiles.yaml(example).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = server.post(PATH, "application/yaml", Profiles.yaml(example),
                "Accept", "text/markdown");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        assertThat(response.body())
                .isEqualTo(MarkdownReport.render(submitted.profile(), advise(example, false), advisor.catalog()))
                .startsWith("# ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "*/*", "application/json, text/markdown", "text/html",
            "text/markdown;q=0.5, application/json", "text/markdown;q=0"})
    void jsonUnlessMarkdownIsPreferred(String accept) {
        HttpResponse<String> response = server.post(PATH, "application/json", Profiles.MINIMAL_JSON, "Accept", accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/markdown, application/json", "text/*", "text/markdown;charset=utf-8"})
    void markdownWhenPreferred(String accept) {
        HttpResponse<String> response = server.post(PATH, "application/json", Profiles.MINIMAL_JSON, "Accept", accept);

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "application/pdf, application/json;q=0.5", "application/*;q=0.2, "
            + "application/json;q=0"})
    void pdfWhenPreferred(String accept) throws Exception {
        HttpResponse<byte[]> response = server.postForBytes(PATH, "application/json", Profiles.MINIMAL_JSON,
                "Accept", accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"broker-pack.pdf\"");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;q=0", "application/json;q=0, text/markdown;q=0, application/pdf;q=0",
            "*/*;q=0", "text/html, application/json;q=0.0"})
    void anAcceptHeaderRefusingEveryTypeIs406(String accept) {
        HttpResponse<String> response = server.post(PATH, "application/json", Profiles.MINIMAL_JSON, "Accept", accept);

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("application/json, text/markdown, application/pdf");
    }

    /** The CLI's path to the JSON: read, advise without explanations, render. */
    private static String cliJson(Path example) throws Exception {
        return AdvisoryJson.render(advise(example, false));
    }

    private static Advisory advise(Path example, boolean explain) throws Exception {
        SubmittedProfile submitted = new ProfileReader().read(Profiles.yaml(example).getBytes(StandardCharsets.UTF_8));
        Advisory advisory = advisor.run(submitted).advisory();
        return explain ? advisory : advisory.withoutExplanations();
    }
}
