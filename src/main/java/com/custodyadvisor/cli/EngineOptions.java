package com.custodyadvisor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the rules and the provider data are read from; shared by every command that runs the engine. */
final class EngineOptions {

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "${env:CUSTODY_ADVISOR_RULES:-rules}",
            description = "Directory of .drl rule files (default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_RULES).")
    Path rules;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CUSTODY_ADVISOR_DATA:-data}",
            description = "Directory holding providers.yaml (default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_DATA).")
    Path data;
}
