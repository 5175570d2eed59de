package com.custodyadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar custody-advisor.jar assess|serve|rules …}. */
@Command(name = "custody-advisor", mixinStandardHelpOptions = true, version = "custody-advisor 1.0",
        description = "Rules-based advice on crypto custody insurance: checklist gaps, red flags and the "
                + "providers that fit a custody profile.",
        subcommands = {AssessCommand.class, ServeCommand.class, RulesCommand.class})
public final class Main implements Runnable {

    static final int EXIT_OK = 0;
    static final int EXIT_FINDINGS = 1;
    static final int EXIT_INVALID = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (tests call this rather than main). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // a failure we did not foresee still ends as a plain message and exit 2, never a stack trace
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("custody-advisor: " + e);
            return EXIT_INVALID;
        });
        return cli;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
