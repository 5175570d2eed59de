package com.custodyadvisor.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.distribution.BuildInfo;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.support.ShippedRules;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The jar `mvn package` builds, copied alone into an empty directory (no rules/, no data/, no lib/) and run
 * there with `java -jar`, as someone who downloaded it would: it assesses and serves on the rules and data
 * shipped inside it, and says so.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("custody-advisor.jar", "target/custody-advisor.jar"));
    private static final String EXAMPLE = "large-exchange.yaml";

    @TempDir
    Path dir;

    @BeforeEach
    void anEmptyDirectoryWithTheJarAndAProfile() throws Exception {
        Files.copy(JAR, dir.resolve("custody-advisor.jar"));
        Files.copy(ShippedRules.EXAMPLES.resolve(EXAMPLE), dir.resolve(EXAMPLE));
    }

    @Test
    void assessesOnTheShippedRulesAndSaysSoWithPipelineAndBrokerOutputsBeside() throws Exception {
        ProgramProcess.Result r = run("assess", EXAMPLE, "-o", "results.sarif", "-o", "junit:reports/custody.xml",
                "-o", "broker-pack.pdf");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Verdict: NEEDS_WORK")
                .contains("Rule set " + ShippedRules.ruleSet().version().substring(0, 12) + " (shipped with "
                        + "custody-advisor " + BuildInfo.version() + ")");
        assertThat(r.err()).isEmpty();
        JsonNode sarif = Mappers.JSON.readTree(Files.readString(dir.resolve("results.sarif")));
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo(EXAMPLE);
        assertThat(sarif.at("/runs/0/properties/rules").asString()).startsWith("shipped with custody-advisor");
        assertThat(Files.readString(dir.resolve("reports/custody.xml"))).contains("<testsuite name=\"" + EXAMPLE + "\"");
        // the PDF's fonts and stylesheet come from the jar, quietly (nothing on stderr above)
        byte[] pdf = Files.readAllBytes(dir.resolve("broker-pack.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void versionComesFromTheBuild() {
        ProgramProcess.Result r = run("rules", "validate", "--version");

        assertThat(r.out().lines().toList()).containsExactly(
                "custody-advisor " + BuildInfo.version(),
                "rule set  " + ShippedRules.ruleSet().version() + " (shipped with custody-advisor " + BuildInfo.version() + ")",
                "catalogue " + ShippedRules.catalog().version() + " (shipped with custody-advisor " + BuildInfo.version() + ")",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")");
    }

    @Test
    void servesWithProbesMetricsAndJsonLogs() throws Exception {
        List<String> command = command("serve", "--port", "0", "--log-format", "json");
        try (ProgramProcess service = ProgramProcess.start(dir, Map.of(), command)) {
            ServiceClient client = ServiceClient.of(service.awaitErr(ServiceClient::isListeningLine));
            List<Integer> readiness = client.awaitReady();
            HttpResponse<String> advisory = client.post("/v1/advisories", "application/yaml",
                    Files.readString(dir.resolve(EXAMPLE)), "X-Request-Id", "packaged-jar-1");
            HttpResponse<String> metrics = client.get("/metrics");
            String requestLine = service.awaitErr(l -> l.contains("POST \\/v1\\/advisories 200"));
            int exit = service.stop();

            assertThat(exit).as("exit").isIn(0, 143);
            assertThat(readiness).endsWith(200);
            assertThat(advisory.statusCode()).isEqualTo(200);
            assertThat(advisory.headers().firstValue("X-Request-Id")).hasValue("packaged-jar-1");
            assertThat(metrics.body())
                    .contains("custody_advisor_advisories_total{status=\"200\",verdict=\"NEEDS_WORK\"} 1.0");
            // one JSON object per line, with the time and the request's id
            JsonNode line = Mappers.JSON.readTree(requestLine);
            assertThat(line.path("timestamp").asLong()).isPositive();
            assertThat(line.path("level").asString()).isEqualTo("INFO");
            assertThat(line.path("formattedMessage").asString()).startsWith("POST /v1/advisories 200 ");
            assertThat(line.path("mdc").path("requestId").asString()).isEqualTo("packaged-jar-1");
            assertThat(service.errLines()).allSatisfy(l -> assertThat(l).startsWith("{"));
            assertThat(String.join("\n", service.errLines())).contains("shipped with custody-advisor")
                    .contains("\"stopped\"");
        }
    }

    private ProgramProcess.Result run(String... args) {
        return ProgramProcess.run(dir, Map.of(), command(args));
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(ProgramProcess.java(), "-jar", "custody-advisor.jar"));
        command.addAll(List.of(args));
        return command;
    }
}
