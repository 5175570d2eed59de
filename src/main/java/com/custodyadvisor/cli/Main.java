package com.custodyadvisor.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The command line: {@code java -jar custody-advisor.jar assess|serve|rules|probe|openapi|completion …}. */
@Command(name = "custody-advisor", mixinStandardHelpOptions = true,
        description = "Rules-based advice on crypto custody insurance: checklist gaps, red flags and the "
                + "providers that fit a custody profile.",
        subcommands = {AssessCommand.class, ServeCommand.class, RulesCommand.class, ProbeCommand.class,
            OpenApiCommand.class, CompletionCommand.class})
public final class Main implements Runnable {

    static final int EXIT_OK = 0;
    static final int EXIT_FINDINGS = 1;
    static final int EXIT_INVALID = 2;

    private final Terminal terminal;
    /** Standard output as bytes, for the binary outputs (PDF) the character stream would garble. */
    private final OutputStream binaryOut;

    private Main(Terminal terminal, OutputStream binaryOut) {
        this.terminal = terminal;
        this.binaryOut = binaryOut;
    }

    public static void main(String[] args) {
        int status = run(args);
        ConsoleLogging.flush();
        System.exit(status);
    }

    /** Runs the command line and returns its exit status (tests call this rather than main). */
    public static int run(String... args) {
        CommandLine cli = commandLine(Terminal.detect(), System.out);
        // machine-read outputs (JSON, SARIF, XML) are UTF-8 whatever the locale; the text report folds
        // itself to ASCII for a terminal that is not UTF-8
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(new Terminal(false, true, false), System.out);
    }

    /** The command line for a standard output like {@code terminal}, whose bytes go to {@code binaryOut}. */
    static CommandLine commandLine(Terminal terminal, OutputStream binaryOut) {
        CommandLine cli = new CommandLine(new Main(terminal, binaryOut));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // every command answers --version with the build's version and the rules it would use
        setVersions(cli);
        // a failure we did not foresee still ends as a plain message and exit 2, never a stack trace
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            LoggerFactory.getLogger(Main.class).debug("command failed", e);
            commandLine.getErr().println("custody-advisor: " + (e.getMessage() == null
                    ? "failed unexpectedly (run with CUSTODY_ADVISOR_LOG_LEVEL=DEBUG for details)" : e.getMessage()));
            return EXIT_INVALID;
        });
        return cli;
    }

    private static void setVersions(CommandLine cli) {
        cli.getCommandSpec().versionProvider(new BuildVersion(cli.getCommandSpec()));
        cli.getSubcommands().values().forEach(Main::setVersions);
    }

    /** The terminal standard output goes to, as the top-level command knows it. */
    static Terminal terminal(CommandSpec spec) {
        return ((Main) spec.root().userObject()).terminal;
    }

    /** Standard output as bytes, as the top-level command knows it. */
    static OutputStream binaryOut(CommandSpec spec) {
        return ((Main) spec.root().userObject()).binaryOut;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
