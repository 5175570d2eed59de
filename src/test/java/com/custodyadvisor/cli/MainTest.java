package com.custodyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line builds only the subcommand a run names, and that one reads and prints as in the full tree. */
class MainTest {

    private static final Terminal PIPE = new Terminal(false, true, false);

    @ParameterizedTest
    @ValueSource(strings = {"assess", "serve", "rules", "probe", "openapi"})
    void aNamedSubcommandIsBuiltAloneWithTheSameUsage(String name) {
        CommandLine alone = Main.commandLine(PIPE, new ByteArrayOutputStream(), name, "--help");
        CommandLine full = Main.commandLine(PIPE, new ByteArrayOutputStream());

        assertThat(alone.getSubcommands().keySet()).containsExactly(name);
        assertThat(alone.getSubcommands().get(name).getUsageMessage())
                .isEqualTo(full.getSubcommands().get(name).getUsageMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "asess", "completion"})
    void otherwiseEverySubcommandIsBuilt(String first) {
        CommandLine cli = Main.commandLine(PIPE, new ByteArrayOutputStream(), first);

        assertThat(cli.getSubcommands().keySet())
                .containsExactly("assess", "serve", "rules", "probe", "openapi", "completion");
    }

    @Test
    void aMistypedCommandStillGetsTheSuggestions() {
        CliRunner.Result r = CliRunner.run("asess", "x.yaml");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("assess");
    }
}
