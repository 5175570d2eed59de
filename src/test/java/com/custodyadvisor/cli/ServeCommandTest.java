package com.custodyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} refuses to start on rules, data or options it cannot use: the problems on stderr, exit 2. */
class ServeCommandTest {

    @Test
    void brokenRuleFileIsReportedWithFileLineAndColumn(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("broken.drl"), """
                package custody.rules;

                rule "Unfinished"
                    @id("T-BROKEN")
                when
                    this is not a pattern
                then
                end
                """);

        Result result = run("serve", "--port", "0", "--rules", rules.toString(), "--data", "data");

        assertThat(result.exit()).isEqualTo(Main.EXIT_INVALID);
        assertThat(result.err()).contains("cannot be used").containsPattern("broken\\.drl:\\d+:\\d+: ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void missingCatalogueIsReported(@TempDir Path data) {
        Result result = run("serve", "--port", "0", "--rules", "rules", "--data", data.toString());

        assertThat(result.exit()).isEqualTo(Main.EXIT_INVALID);
        assertThat(result.err()).contains("providers.yaml");
    }

    @Test
    void portOutOfRangeIsRefused() {
        Result result = run("serve", "--port", "70000");

        assertThat(result.exit()).isEqualTo(Main.EXIT_INVALID);
        assertThat(result.err()).contains("--port");
    }

    @Test
    void portInUseIsReported() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            String port = String.valueOf(taken.getLocalPort());

            Result result = run("serve", "--port", port, "--rules", "rules", "--data", "data");

            assertThat(result.exit()).isEqualTo(Main.EXIT_INVALID);
            assertThat(result.err()).contains("cannot serve on 127.0.0.1 port " + port);
        }
    }

    @Test
    void unreadableBodyLimitIsRefused() {
        Result result = run("serve", "--max-body", "lots");

        assertThat(result.exit()).isEqualTo(Main.EXIT_INVALID);
        assertThat(result.err()).contains("'lots' is not a size");
    }

    @Test
    void helpNamesTheEnvironmentVariables() {
        Result result = run("serve", "--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("--port", "CUSTODY_ADVISOR_PORT", "--rules", "CUSTODY_ADVISOR_RULES",
                "--data", "CUSTODY_ADVISOR_DATA", "--max-body", "CUSTODY_ADVISOR_MAX_BODY", "--host",
                "CUSTODY_ADVISOR_HOST", "default: 127.0.0.1", "--advisory-timeout", "CUSTODY_ADVISOR_ADVISORY_TIMEOUT",
                "--body-timeout", "--max-connections");
    }

    @Test
    void unreadableTimeoutsAreRefused() {
        assertThat(run("serve", "--advisory-timeout", "soon").err()).contains("'soon' is not a duration");
        assertThat(run("serve", "--body-timeout", "0s").exit()).isEqualTo(Main.EXIT_INVALID);
        assertThat(run("serve", "--max-connections", "0").err()).contains("--max-connections must be above zero");
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private record Result(int exit, String out, String err) {
    }
}
