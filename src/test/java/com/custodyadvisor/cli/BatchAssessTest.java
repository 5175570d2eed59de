package com.custodyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code assess} over many profiles: files, a directory, JSON Lines; in input order, the worst exit status. */
class BatchAssessTest {

    private static List<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(ShippedRules.EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void aDirectoryIsOneJsonLinePerProfileInNameOrderEachTheAdvisoryAlone() throws Exception {
        CliRunner.Result r = CliRunner.run("assess", "data/examples", "--format", "json", "--jobs", "3");

        List<Path> examples = examples();
        List<JsonNode> lines = r.out().lines().map(Mappers.JSON::readTree).toList();
        assertThat(lines).hasSize(examples.size());
        for (int i = 0; i < lines.size(); i++) {
            CliRunner.Result alone = CliRunner.run("assess", examples.get(i).toString(), "--format", "json");
            assertThat(lines.get(i).path("index").asInt()).isEqualTo(i);
            assertThat(lines.get(i).path("source").asString()).isEqualTo(examples.get(i).toString());
            assertThat(lines.get(i).path("advisory")).isEqualTo(Mappers.JSON.readTree(alone.out()));
        }
        // NOT_READY examples exist, and no input is invalid: the worst is "findings at or above HIGH"
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).matches("(?s)9 profiles in [0-9.]+ s: 2 NOT_READY, 5 NEEDS_WORK, 2 READY; 0 invalid\\R");
    }

    @Test
    void jsonLinesFromAFileReportAnInvalidLineByNumberAndGoOn(@TempDir Path dir) throws Exception {
        String good = Mappers.JSON.writeValueAsString(Mappers.YAML.readTree(
                Files.readString(ShippedRules.EXAMPLES.resolve("qualified-custodian.yaml"))));
        Path jsonl = dir.resolve("profiles.jsonl");
        Files.writeString(jsonl, good + "\n\n{\"firm\": {\"name\": \"x\"}}\n" + good + "\n");

        CliRunner.Result r = CliRunner.run("assess", "--jsonl", jsonl.toString(), "--format", "json");

        List<JsonNode> lines = r.out().lines().map(Mappers.JSON::readTree).toList();
        assertThat(lines).extracting(l -> l.path("source").asString())
                .containsExactly(jsonl + ":1", jsonl + ":3", jsonl + ":4");
        assertThat(lines).extracting(l -> l.has("advisory")).containsExactly(true, false, true);
        assertThat(r.err()).contains(jsonl + ":3:").contains("/holdings").contains("; 1 invalid");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    }

    @Test
    void textGivesOneSectionPerProfileAndSarifHoldsThemAll(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("all.sarif");
        CliRunner.Result r = CliRunner.run("assess", "data/examples/cyber-only.yaml",
                "data/examples/qualified-custodian.yaml", "-o", sarif.toString(), "--fail-on", "NONE");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("==> data/examples/cyber-only.yaml <==\nCustody Advisor: Quickvault")
                .contains("\n==> data/examples/qualified-custodian.yaml <==\nCustody Advisor: ");
        assertThat(Mappers.JSON.readTree(Files.readString(sarif)).at("/runs/0/artifacts").size()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsOneInvalidInputAndTheProgressLineStaysOffThePipe() {
        CliRunner.Result r = CliRunner.run("assess", "data/examples/qualified-custodian.yaml", "no-such.yaml");

        assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.err()).contains("no-such.yaml:1:1: no such file").doesNotContain("\r");
        assertThat(r.out()).contains("==> no-such.yaml <==\nnot assessed: 1 problem (on stderr)");
    }
}
