package com.custodyadvisor.cli;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.RuleExecutionException;
import com.custodyadvisor.profile.InvalidProfileException;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.report.AdvisoryJson;
import com.custodyadvisor.report.MarkdownReport;
import com.custodyadvisor.report.TextReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assess FILE}: one profile in, the advisory out. */
@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Assess a custody profile (JSON or YAML) and print the advisory.", "",
                "Exit status: 0 nothing at or above --fail-on, 1 some finding at or above it, "
                        + "2 invalid input or rule set (message on stderr, nothing on stdout)."})
final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The profile, JSON or YAML; - reads standard input.")
    String file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (exactly the HTTP advisory) or markdown (a report for a broker). "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--explain", description = "Add to each finding the rule that made it and the facts it matched.")
    boolean explain;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "HIGH",
            description = "Exit 1 when an open finding is at least this severe: CRITICAL, HIGH, MEDIUM, LOW "
                    + "(default: ${DEFAULT-VALUE}).")
    Severity failOn;

    @Option(names = "--max-input", paramLabel = "SIZE", converter = ByteSize.class, defaultValue = "256KiB",
            description = "Largest profile read, e.g. 256KiB or 1MiB; a larger one is refused (exit 2) before it "
                    + "fills memory (default: ${DEFAULT-VALUE}, the service's body limit).")
    long maxInput;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        byte[] bytes;
        try {
            bytes = file.equals("-") ? readUpToLimit(System.in) : readFile();
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return Main.EXIT_INVALID;
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return Main.EXIT_INVALID;
        }
        if (bytes.length > maxInput) {
            err.println(displayName() + ":1:1: the profile is larger than " + maxInput + " bytes (--max-input); "
                    + "nothing was assessed");
            return Main.EXIT_INVALID;
        }
        SubmittedProfile submitted;
        try {
            submitted = new ProfileReader().read(bytes);
        } catch (InvalidProfileException e) {
            err.println(displayName() + " is not a valid profile (" + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + "):");
            Problems.print(err, displayName(), e.problems());
            return Main.EXIT_INVALID;
        }
        Advisor advisor = engine.load(err);
        if (advisor == null) {
            return Main.EXIT_INVALID;
        }
        Advisory advisory;
        try {
            advisory = advisor.run(submitted).advisory();
        } catch (RuleExecutionException e) {
            err.println("the rule set failed on this profile: " + e.getMessage());
            return Main.EXIT_INVALID;
        }
        if (!explain) {
            advisory = advisory.withoutExplanations();
        }
        switch (format) {
            case json -> out.print(AdvisoryJson.render(advisory));
            case markdown -> out.print(MarkdownReport.render(submitted.profile(), advisory, advisor.catalog()));
            default -> out.print(TextReport.render(submitted.profile(), advisory, advisor.catalog()));
        }
        out.flush();
        boolean fails = advisory.findings().stream().anyMatch(f -> f.isOpen() && f.severity().isAtLeast(failOn));
        return fails ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }

    private byte[] readFile() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return readUpToLimit(in);
        }
    }

    /** One byte past the limit tells a profile that is too large without reading all of it. */
    private byte[] readUpToLimit(InputStream in) throws IOException {
        return in.readNBytes((int) Math.min(maxInput + 1, Integer.MAX_VALUE - 8));
    }

    private String displayName() {
        return file.equals("-") ? "<stdin>" : file;
    }
}
