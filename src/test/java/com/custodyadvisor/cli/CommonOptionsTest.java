package com.custodyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.distribution.BuildInfo;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command shares: --version from the build, and --rules/--data taken the same way. */
class CommonOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "assess", "serve", "rules", "rules validate", "rules test", "rules docs", "probe",
        "openapi", "completion"})
    void everyCommandPrintsTheBuildsVersionAndTheRulesItWouldUse(String command) {
        String[] args = (command + " --version").strip().split(" ");

        CliRunner.Result r = CliRunner.run(args);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "custody-advisor " + BuildInfo.version(),
                "rule set  " + ShippedRules.ruleSet().version() + " (rules/ in the working directory)",
                "catalogue " + ShippedRules.catalog().version() + " (data/ in the working directory)",
                BuildInfo.java());
    }

    @Test
    void versionNamesTheRulesGiven(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.drl"), "package custody.rules;\n");

        CliRunner.Result r = CliRunner.run("assess", "--rules", dir.toString(), "--version");

        assertThat(r.out()).contains("rule set  ").contains(" (" + dir + ")").doesNotContain(ShippedRules.ruleSet()
                .version());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "test", "docs"})
    void rulesCommandsTakeRulesAndDataAsOptionsLikeEveryOther(String command, @TempDir Path dir) {
        String[] args = command.equals("docs")
                ? new String[] {"rules", command, "--rules", "rules", "--data", "data", "-o", dir.resolve("r.md").toString()}
                : new String[] {"rules", command, "--rules", "rules", "--data", "data"};

        CliRunner.Result r = CliRunner.run(args);

        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void aRulesDirectoryGivenTwiceDifferentlyIsAUsageError() {
        CliRunner.Result r = CliRunner.run("rules", "validate", "rules", "--rules", "elsewhere");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Give the rules directory once");
    }

    @Test
    void anUnforeseenFailureIsAPlainMessageWithoutJavaTypeNames(@TempDir Path dir) throws Exception {
        // a directory stands for its profiles; one without any is a mistake said in words
        CliRunner.Result r = CliRunner.run("assess", dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(dir + ": no profile files").doesNotContain("Exception").doesNotContain("java.");
    }
}
