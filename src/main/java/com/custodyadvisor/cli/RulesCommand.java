package com.custodyadvisor.cli;

import picocli.CommandLine.Command;

/** {@code rules validate|test|docs}: the analysts' tools for the rule files and the catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check, test and document the rule files.",
        subcommands = {RulesValidateCommand.class, RulesTestCommand.class, RulesDocsCommand.class})
final class RulesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
