package com.custodyadvisor.cli;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.InvalidDocumentException;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.RuleExecutionException;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.report.Assessment;
import com.custodyadvisor.report.ReportContext;
import com.custodyadvisor.report.TextStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assess FILE}: one profile in, the advisory out, in one or several formats. With several files, a
 * directory or {@code --jsonl}, a batch ({@link BatchAssess}). The rules load on a thread of their own
 * while the profile is read and checked: the two take about as long, and a machine has more than one core.
 */
@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Assess a custody profile (JSON or YAML) and print the advisory.", "",
                "Several files, a directory (its .yaml, .yml and .json files) or --jsonl make a batch: one advisory "
                        + "per input, in input order (JSON Lines with --format json), on every core; an invalid input "
                        + "is reported on stderr with its file or line and the others go on; a summary ends it.", "",
                "Exit status: 0 nothing at or above --fail-on, 1 some open finding at or above it, "
                        + "2 invalid input or rule set (message on stderr, nothing on stdout); a batch exits with the "
                        + "worst of its inputs."})
final class AssessCommand implements Callable<Integer>, BuildVersion.UsesRules {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "The profile, JSON or YAML; - reads standard input. Several files or a directory make a batch.")
    List<String> files = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "FILE",
            description = "A batch from JSON Lines: one JSON profile per line; - reads standard input.")
    String jsonl;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "0",
            description = "Profiles of a batch assessed at once (default: one per core).")
    int jobs;

    @Mixin
    OutputOptions outputs;

    @Option(names = "--explain", description = "Add to each finding the rule that made it and the facts it matched.")
    boolean explain;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "HIGH",
            description = "Exit 1 when an open finding is at least this severe: CRITICAL, HIGH, MEDIUM, LOW, INFO, "
                    + "or NONE to exit 0 whatever is found (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report by severity: auto (on a terminal, unless NO_COLOR is set), "
                    + "always or never (default: ${DEFAULT-VALUE}).")
    Terminal.Colour colour;

    @Option(names = "--max-input", paramLabel = "SIZE", converter = ByteSize.class, defaultValue = "256KiB",
            description = "Largest profile read, e.g. 256KiB or 1MiB; a larger one is refused (exit 2) before it "
                    + "fills memory (default: ${DEFAULT-VALUE}, the service's body limit).")
    long maxInput;

    @Mixin
    EngineOptions engine;

    @Override
    public RuleSources sources() {
        return engine.sources();
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<OutputOptions.Target> targets;
        try {
            targets = outputs.targets();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.EXIT_INVALID;
        }
        if (files.isEmpty() && jsonl == null) {
            err.println("Give a profile FILE (- for standard input), several files, a directory, or --jsonl FILE.");
            return Main.EXIT_INVALID;
        }
        boolean one = jsonl == null && files.size() == 1 && !Files.isDirectory(Path.of(files.get(0)));
        String refused = refusedBinary(targets, one);
        if (refused != null) {
            err.println(refused);
            return Main.EXIT_INVALID;
        }
        RuleSources sources = engine.sources();
        EngineOptions.Loading loading = EngineOptions.loadInBackground(sources);
        if (one) {
            return assessOne(files.get(0), targets, sources, loading, out, err);
        }
        BatchAssess batch = new BatchAssess(this, targets, sources, out, err);
        return batch.run(loading);
    }

    /** The profile at {@code file} ("-" for standard input): its advisory in every output asked for. */
    private int assessOne(String file, List<OutputOptions.Target> targets, RuleSources sources,
                          EngineOptions.Loading loading, PrintWriter out, PrintWriter err) {
        byte[] bytes;
        try {
            bytes = file.equals("-") ? readUpToLimit(System.in) : readFile(file);
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return Main.EXIT_INVALID;
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return Main.EXIT_INVALID;
        }
        String shown = displayName(file);
        if (bytes.length > maxInput) {
            err.println(shown + ":1:1: " + tooLarge());
            return Main.EXIT_INVALID;
        }
        Document document;
        SubmittedProfile submitted;
        try {
            document = Document.parse(bytes);
            submitted = new ProfileReader().read(document);
        } catch (InvalidDocumentException e) {
            // malformed text, or (InvalidProfileException) a profile that breaks the schema
            return invalid(err, shown, e.problems());
        }
        Advisor advisor = loading.advisor(err);
        if (advisor == null) {
            return Main.EXIT_INVALID;
        }
        Advisory advisory;
        try {
            advisory = explain ? advisor.run(submitted).advisory() : advisor.advise(submitted);
        } catch (RuleExecutionException e) {
            err.println("the rule set failed on this profile: " + e.getMessage());
            return Main.EXIT_INVALID;
        }
        Assessment assessment = new Assessment(file.equals("-") ? null : file, document, submitted.profile(), advisory);
        ReportContext context = new ReportContext(advisor.ruleSet(), advisor.catalog(), sources);
        for (OutputOptions.Target target : targets) {
            if (!write(target, assessment, context, out, err)) {
                return Main.EXIT_INVALID;
            }
        }
        return failOn.failsOn(advisory.findings()) ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }

    /**
     * Why a binary output (PDF) cannot be written as asked: on a terminal it would be noise, and it holds one
     * profile's pack, so a batch has none. Null when it can.
     */
    private String refusedBinary(List<OutputOptions.Target> targets, boolean one) {
        for (OutputOptions.Target target : targets) {
            if (!target.format().binary()) {
                continue;
            }
            if (!one) {
                return target.format() + " is the broker pack of one profile: give one FILE, not a batch.";
            }
            if (target.toStdout() && Main.terminal(spec).interactive()) {
                return "Not writing " + target.format() + " to a terminal: redirect standard output (> pack.pdf) or "
                        + "write a file with -o pack.pdf.";
            }
        }
        return null;
    }

    private boolean write(OutputOptions.Target target, Assessment assessment, ReportContext context, PrintWriter out,
                          PrintWriter err) {
        if (target.format().binary()) {
            return writeBytes(target, target.format().bytes(List.of(assessment), context, style(target)), out, err);
        }
        return write(target, target.format().render(List.of(assessment), context, style(target)), out, err);
    }

    /** Writes a binary output to standard output (after any text already printed) or its file. */
    private boolean writeBytes(OutputOptions.Target target, byte[] rendered, PrintWriter out, PrintWriter err) {
        try {
            if (target.toStdout()) {
                out.flush();
                OutputStream stdout = Main.binaryOut(spec);
                stdout.write(rendered);
                stdout.flush();
                return true;
            }
            createParent(target.file());
            Files.write(target.file(), rendered);
            return true;
        } catch (IOException e) {
            err.println((target.toStdout() ? "standard output" : target.file()) + ": cannot write: " + e.getMessage());
            return false;
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /** Colour and the terminal's character set matter only on standard output; files are UTF-8. */
    TextStyle style(OutputOptions.Target target) {
        return target.toStdout() ? Main.terminal(spec).style(colour) : TextStyle.PLAIN;
    }

    /** Writes a rendered output to standard output or its file; false (with the reason on stderr) when it cannot. */
    static boolean write(OutputOptions.Target target, String rendered, PrintWriter out, PrintWriter err) {
        if (target.toStdout()) {
            out.print(rendered);
            out.flush();
            return true;
        }
        try {
            createParent(target.file());
            Files.writeString(target.file(), rendered, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println(target.file() + ": cannot write: " + e.getMessage());
            return false;
        }
    }

    private static int invalid(PrintWriter err, String shown, List<Problem> problems) {
        err.println(shown + " is not a valid profile (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):");
        Problems.print(err, shown, problems);
        return Main.EXIT_INVALID;
    }

    byte[] readFile(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return readUpToLimit(in);
        }
    }

    /** One byte past the limit tells a profile that is too large without reading all of it. */
    byte[] readUpToLimit(InputStream in) throws IOException {
        return in.readNBytes((int) Math.min(maxInput + 1, Integer.MAX_VALUE - 8));
    }

    String tooLarge() {
        return "the profile is larger than " + maxInput + " bytes (--max-input); nothing was assessed";
    }

    static String displayName(String file) {
        return file.equals("-") ? "<stdin>" : file;
    }
}
