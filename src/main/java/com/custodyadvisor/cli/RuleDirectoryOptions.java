package com.custodyadvisor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code [DIR] [--data DIR]} of the {@code rules} commands: the rules directory as a positional argument. */
final class RuleDirectoryOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "${env:CUSTODY_ADVISOR_RULES:-rules}",
            description = "Rules directory (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CUSTODY_ADVISOR_DATA:-data}",
            description = "Directory holding providers.yaml, parameters.yaml and scoring.yaml (default: ${DEFAULT-VALUE}).")
    Path data;
}
