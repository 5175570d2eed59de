package com.custodyadvisor.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The scripts of integrations/ run on the packaged jar: the GitHub Action's assess step (as the runner runs
 * it, with the runner's files for outputs and the job summary) and the pre-commit hook.
 */
class IntegrationsIT {

    private static final Path JAR = Path.of(System.getProperty("custody-advisor.jar", "target/custody-advisor.jar"))
            .toAbsolutePath();
    private static final Path ACTION = Path.of("integrations/github-action/action.yml");
    private static final Path HOOK = Path.of("integrations/pre-commit/custody-advisor-hook").toAbsolutePath();

    @TempDir
    Path workspace;

    @Test
    void theActionAnnotatesWritesSarifAndTheSummaryAndFailsOnFindings() throws Exception {
        Files.copy(ShippedRules.EXAMPLES.resolve("large-exchange.yaml"), workspace.resolve("custody.yaml"));
        Path runner = Files.createDirectories(workspace.resolve("runner"));
        Map<String, String> env = new HashMap<>(Map.of(
                "PROFILE", "custody.yaml", "FAIL_ON", "HIGH", "SARIF", "custody-advisor.sarif", "RULES", "",
                "DATA", "", "CUSTODY_ADVISOR_JAR", JAR.toString(), "RUNNER_TEMP", runner.toString(),
                "GITHUB_OUTPUT", runner.resolve("output").toString(),
                "GITHUB_STEP_SUMMARY", runner.resolve("summary.md").toString()));

        ProgramProcess.Result r = ProgramProcess.run(workspace, env, List.of("bash", "-e", "-c", assessStep()));

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l).matches("::(error|warning|notice) file=custody\\.yaml,.*"));
        assertThat(Files.readAllLines(runner.resolve("output")))
                .containsExactly("verdict=NEEDS_WORK", "sarif=custody-advisor.sarif");
        assertThat(Files.readString(runner.resolve("summary.md"))).startsWith("# Custody insurance readiness: ");
        JsonNode sarif = Mappers.JSON.readTree(Files.readString(workspace.resolve("custody-advisor.sarif")));
        assertThat(sarif.at("/runs/0/results").size()).isPositive();
    }

    @Test
    void theHookFailsOnlyOnTheProfilesThatFail() throws Exception {
        Files.copy(ShippedRules.EXAMPLES.resolve("qualified-custodian.yaml"), workspace.resolve("custody-ok.yaml"));
        Files.copy(ShippedRules.EXAMPLES.resolve("cyber-only.yaml"), workspace.resolve("custody-bad.yaml"));
        Map<String, String> env = Map.of("CUSTODY_ADVISOR_JAR", JAR.toString());

        ProgramProcess.Result failing = ProgramProcess.run(workspace, env,
                List.of(HOOK.toString(), "custody-ok.yaml", "custody-bad.yaml"));
        ProgramProcess.Result relaxed = ProgramProcess.run(workspace, env,
                List.of(HOOK.toString(), "--fail-on", "NONE", "custody-bad.yaml"));

        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.out()).contains("Quickvault Custody LLC").contains("Verdict: NOT_READY")
                .doesNotContain("Verdict: READY");
        assertThat(relaxed.exitCode()).as(relaxed.out()).isZero();
        assertThat(relaxed.out()).isEmpty();
    }

    @Test
    void theLauncherRunsTheJarWithTheArgumentsGiven() throws Exception {
        Path launcher = Path.of("integrations/launcher/custody-advisor").toAbsolutePath();
        Files.copy(ShippedRules.EXAMPLES.resolve("cyber-only.yaml"), workspace.resolve("custody.yaml"));
        Map<String, String> env = Map.of("CUSTODY_ADVISOR_JAR", JAR.toString(),
                "CUSTODY_ADVISOR_CACHE", workspace.resolve("cache").toString());

        ProgramProcess.Result r = ProgramProcess.run(workspace, env,
                List.of(launcher.toString(), "assess", "custody.yaml", "--format", "json"));

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(Mappers.JSON.readTree(r.out()).at("/summary/verdict").asString()).isEqualTo("NOT_READY");
    }

    @Test
    void theLauncherMakesAClassArchiveOnceAndItsOutputStaysTheSame() throws Exception {
        Path launcher = Path.of("integrations/launcher/custody-advisor").toAbsolutePath();
        Files.copy(ShippedRules.EXAMPLES.resolve("cyber-only.yaml"), workspace.resolve("custody.yaml"));
        Path cache = workspace.resolve("cache");
        Map<String, String> env = Map.of("CUSTODY_ADVISOR_JAR", JAR.toString(), "CUSTODY_ADVISOR_CACHE", cache.toString());
        List<String> assess = List.of(launcher.toString(), "assess", "custody.yaml", "--format", "json");

        ProgramProcess.Result first = ProgramProcess.run(workspace, env, assess);
        List<Path> archives;
        try (var files = Files.list(cache)) {
            archives = files.toList();
        }
        ProgramProcess.Result second = ProgramProcess.run(workspace, env, assess);

        // one archive, assess's (Java 13 to 24 a class-data sharing archive, 25 or later an AOT cache), nothing
        // half-written
        assertThat(archives).singleElement().satisfies(a -> assertThat(a.getFileName().toString())
                .matches("custody-advisor-[0-9]+-assess\\.(jsa|aot)"));
        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
        assertThat(second.exitCode()).as(second.err()).isEqualTo(1);
        // the JVM's words about the archive never reach the command's output: the advisory is the same bytes
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Mappers.JSON.readTree(first.out()).at("/summary/verdict").asString()).isEqualTo("NOT_READY");
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).isEqualTo(archives);
        }
    }

    @Test
    void theLaunchersFirstServeStopsOnSigtermAndLeavesAnArchiveOfItsOwn() throws Exception {
        Path launcher = Path.of("integrations/launcher/custody-advisor").toAbsolutePath();
        Path cache = workspace.resolve("cache");
        Map<String, String> env = Map.of("CUSTODY_ADVISOR_JAR", JAR.toString(), "CUSTODY_ADVISOR_CACHE", cache.toString());

        List<ProcessHandle> java;
        int exit;
        try (ProgramProcess service = ProgramProcess.start(workspace, env,
                List.of(launcher.toString(), "serve", "--no-watch", "--port", "0"))) {
            service.awaitErr(line -> line.contains("ready:"));
            java = service.descendants();
            // SIGTERM to the launcher, as a service manager sends it: it reaches the java it started
            exit = service.stop();
        }

        assertThat(java).isNotEmpty().noneMatch(ProcessHandle::isAlive);
        assertThat(exit).isEqualTo(143);
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).matches("custody-advisor-[0-9]+-serve\\.(jsa|aot)"));
        }
    }

    @Test
    void theLaunchersFirstRunReadsProfilesFromStandardInput() throws Exception {
        Path launcher = Path.of("integrations/launcher/custody-advisor").toAbsolutePath();
        JsonNode profile = Mappers.YAML.readTree(Files.readString(ShippedRules.EXAMPLES.resolve("cyber-only.yaml")));
        Files.writeString(workspace.resolve("profiles.jsonl"), profile + "\n" + profile + "\n");
        Map<String, String> env = Map.of("CUSTODY_ADVISOR_JAR", JAR.toString(),
                "CUSTODY_ADVISOR_CACHE", workspace.resolve("cache").toString());

        // the first run, which makes the archive: its java runs in the background of the script, which must still
        // hand it the script's standard input
        ProgramProcess.Result r = ProgramProcess.run(workspace, env, List.of("sh", "-c",
                "\"$0\" assess --jsonl - --format json --fail-on NONE < profiles.jsonl", launcher.toString()));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).hasSize(2).allSatisfy(line -> assertThat(
                Mappers.JSON.readTree(line).at("/advisory/summary/verdict").asString()).isEqualTo("NOT_READY"));
        assertThat(workspace.resolve("cache")).isNotEmptyDirectory();
    }

    /** The shell script of the action's "Assess" step, as written in action.yml. */
    private static String assessStep() throws Exception {
        JsonNode action = Mappers.YAML.readTree(Files.readString(ACTION));
        for (JsonNode step : action.at("/runs/steps")) {
            if (step.path("name").asString().equals("Assess")) {
                return step.path("run").asString();
            }
        }
        throw new AssertionError("action.yml has no Assess step");
    }
}
