package com.custodyadvisor.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The command line: {@code java -jar custody-advisor.jar assess|serve|rules|probe|openapi|completion …}. */
@Command(name = "custody-advisor", mixinStandardHelpOptions = true,
        description = "Rules-based advice on crypto custody insurance: checklist gaps, red flags and the "
                + "providers that fit a custody profile.")
public final class Main implements Runnable {

    /**
     * The subcommands by name, in the order the usage lists them. picocli builds a command's model from its
     * annotations by reflection, a fifth of what {@code assess} did before its rules were ready; a run that
     * names a subcommand builds that one alone ({@link #commandLine(Terminal, OutputStream, String...)}).
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(AssessCommand.class, ServeCommand.class,
            RulesCommand.class, ProbeCommand.class, OpenApiCommand.class, CompletionCommand.class);

    /** Needs every subcommand's model: it writes the completion of them all. */
    private static final String COMPLETION = "completion";

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
        CommandLine cli = commandLine(Terminal.detect(), System.out, args);
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
        return commandLine(terminal, binaryOut, new String[0]);
    }

    /**
     * As {@link #commandLine(Terminal, OutputStream)}, for running {@code args}: when they start with a subcommand's
     * name, only that subcommand is built (it parses, validates and prints its help the same way); otherwise, for the
     * top-level usage, an unknown command's suggestions or the completion script, every one.
     */
    static CommandLine commandLine(Terminal terminal, OutputStream binaryOut, String... args) {
        CommandLine cli = new CommandLine(new Main(terminal, binaryOut));
        String named = args.length > 0 ? args[0] : null;
        if (SUBCOMMANDS.containsKey(named) && !named.equals(COMPLETION)) {
            cli.addSubcommand(SUBCOMMANDS.get(named));
        } else {
            SUBCOMMANDS.values().forEach(cli::addSubcommand);
        }
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

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return byName;
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
