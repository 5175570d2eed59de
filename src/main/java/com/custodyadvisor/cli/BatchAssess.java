package com.custodyadvisor.cli;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Verdict;
import com.custodyadvisor.batch.BatchResult;
import com.custodyadvisor.batch.JsonLines;
import com.custodyadvisor.batch.OrderedParallel;
import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.InvalidDocumentException;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.RuleExecutionException;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.report.Assessment;
import com.custodyadvisor.report.OutputFormat;
import com.custodyadvisor.report.ReportContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * {@code assess} over many profiles: several files, the profiles of a directory, or JSON Lines. Profiles are
 * read, checked and assessed on every core; outputs are written in input order as soon as each is ready
 * (JSON Lines of {@link BatchResult} for json, one section per profile for text and Markdown; SARIF, JUnit
 * and GitHub annotations hold them all in one document, written at the end). An invalid profile is reported
 * on stderr with its file or line, and the others go on. A summary ends the run; on a terminal a progress
 * line shows how far it is.
 */
final class BatchAssess {

    /** Profile files a directory contributes. */
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");
    private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

    private final AssessCommand command;
    private final List<OutputOptions.Target> targets;
    private final RuleSources sources;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean progress;
    private final ProfileReader reader = new ProfileReader();

    /** One input: where it came from and how to get its bytes. */
    private record Input(int index, String source, String file, int line, byte[] bytes) {
    }

    /** What became of one input, with its outputs already rendered. */
    private record Outcome(Input input, Assessment assessment, List<Problem> problems, String failure,
                           Map<OutputOptions.Target, String> rendered) {
    }

    BatchAssess(AssessCommand command, List<OutputOptions.Target> targets, RuleSources sources, PrintWriter out,
                PrintWriter err) {
        this.command = command;
        this.targets = targets;
        this.sources = sources;
        this.out = out;
        this.err = err;
        this.progress = stderrIsTerminal();
    }

    int run(EngineOptions.Loading loading) {
        Iterator<Input> inputs;
        InputStream jsonlStream = null;
        try {
            if (command.jsonl != null) {
                jsonlStream = command.jsonl.equals("-") ? System.in : Files.newInputStream(Path.of(command.jsonl));
                inputs = jsonLines(jsonlStream, AssessCommand.displayName(command.jsonl));
            } else {
                inputs = files().iterator();
            }
        } catch (IOException e) {
            err.println(command.jsonl != null ? command.jsonl + ": cannot read: " + e.getMessage() : e.getMessage());
            return Main.EXIT_INVALID;
        }
        Advisor advisor = loading.advisor(err);
        if (advisor == null) {
            return Main.EXIT_INVALID;
        }
        ReportContext context = new ReportContext(advisor.ruleSet(), advisor.catalog(), sources);
        Tally tally = new Tally();
        List<Assessment> combined = new ArrayList<>();
        Map<OutputOptions.Target, StringBuilder> files = new LinkedHashMap<>();
        int jobs = command.jobs > 0 ? command.jobs : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, task -> {
            Thread thread = new Thread(task, "assess-batch");
            thread.setDaemon(true);
            return thread;
        });
        long started = System.nanoTime();
        try {
            OrderedParallel.run(inputs, input -> assess(input, advisor, context), outcome -> {
                write(outcome, files, combined);
                tally.count(outcome, command);
                if (progress) {
                    tally.progress(err);
                }
            }, pool, jobs * 8);
        } catch (UncheckedIOException e) {
            err.println(command.jsonl + ": cannot read: " + e.getCause().getMessage());
            tally.invalid++;
        } finally {
            pool.shutdownNow();
            closeQuietly(jsonlStream);
        }
        if (progress) {
            err.print("\r\033[K");
        }
        boolean written = writeAtEnd(files, combined, context);
        err.println(tally.summary(System.nanoTime() - started));
        err.flush();
        if (!written || tally.invalid > 0) {
            return Main.EXIT_INVALID;
        }
        return tally.failing > 0 ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }

    /** The files named, a directory standing for its profile files in name order. */
    private List<Input> files() throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (String given : command.files) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                List<Path> profiles;
                try (Stream<Path> listing = Files.list(path)) {
                    profiles = listing.filter(Files::isRegularFile).filter(BatchAssess::isProfileFile).sorted().toList();
                }
                if (profiles.isEmpty()) {
                    throw new IOException(given + ": no profile files (" + String.join(", ", EXTENSIONS)
                            + ") in the directory");
                }
                for (Path p : profiles) {
                    inputs.add(new Input(inputs.size(), p.toString(), p.toString(), 0, null));
                }
            } else {
                inputs.add(new Input(inputs.size(), AssessCommand.displayName(given), given, 0, null));
            }
        }
        return inputs;
    }

    private static boolean isProfileFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static Iterator<Input> jsonLines(InputStream in, String shown) {
        JsonLines lines = new JsonLines(in);
        return new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public Input next() {
                JsonLines.Line line = lines.next();
                return new Input(index++, shown + ":" + line.number(), null, line.number(), line.bytes());
            }
        };
    }

    /** Reads, checks and assesses one input, and renders its streamed outputs: on a worker. */
    private Outcome assess(Input input, Advisor advisor, ReportContext context) {
        byte[] bytes;
        try {
            bytes = input.bytes() != null ? input.bytes() : input.file().equals("-")
                    ? command.readUpToLimit(System.in) : command.readFile(input.file());
        } catch (NoSuchFileException e) {
            return failed(input, List.of(Problem.at("", "no such file")), context);
        } catch (IOException e) {
            return failed(input, List.of(Problem.at("", "cannot read: " + e.getMessage())), context);
        }
        if (bytes.length > command.maxInput) {
            return failed(input, List.of(Problem.at("", command.tooLarge())), context);
        }
        Document document;
        SubmittedProfile submitted;
        try {
            document = Document.parse(bytes);
            submitted = reader.read(document);
        } catch (InvalidDocumentException e) {
            return failed(input, placed(input, e.problems()), context);
        }
        Advisory advisory;
        try {
            advisory = command.explain ? advisor.run(submitted).advisory() : advisor.advise(submitted);
        } catch (RuleExecutionException e) {
            Outcome failed = failed(input, List.of(Problem.at("", "the rule set failed on this profile: "
                    + e.getMessage())), context);
            return new Outcome(input, null, failed.problems(), e.getMessage(), failed.rendered());
        }
        Assessment assessment = new Assessment(input.file() == null || input.file().equals("-") ? null
                : input.file(), input.line() > 0 ? null : document, submitted.profile(), advisory);
        Map<OutputOptions.Target, String> rendered = new HashMap<>();
        for (OutputOptions.Target target : targets) {
            if (!target.format().combinesMany()) {
                rendered.put(target, render(target, input, assessment, null, context));
            }
        }
        return new Outcome(input, assessment, null, null, rendered);
    }

    private Outcome failed(Input input, List<Problem> problems, ReportContext context) {
        Map<OutputOptions.Target, String> rendered = new HashMap<>();
        for (OutputOptions.Target target : targets) {
            if (!target.format().combinesMany()) {
                rendered.put(target, render(target, input, null, problems, context));
            }
        }
        return new Outcome(input, null, problems, null, rendered);
    }

    /** A line of JSON Lines, or a section of text or Markdown, for one input. */
    private String render(OutputOptions.Target target, Input input, Assessment assessment, List<Problem> problems,
                          ReportContext context) {
        OutputFormat format = target.format();
        if (format == OutputFormat.json) {
            BatchResult result = assessment != null
                    ? BatchResult.of(input.index(), input.source(), assessment.advisory())
                    : BatchResult.failed(input.index(), input.source(), problems);
            return Mappers.JSON.writeValueAsString(result) + "\n";
        }
        String body = assessment != null ? format.render(List.of(assessment), context, command.style(target))
                : "not assessed: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                        + " (on stderr)\n";
        return format == OutputFormat.markdown
                ? "<!-- " + input.source().replace("--", "- -") + " -->\n" + body + "\n---\n\n"
                : "==> " + input.source() + " <==\n" + body + "\n";
    }

    /** A JSON Lines input's problems are placed at its line of the file. */
    private static List<Problem> placed(Input input, List<Problem> problems) {
        if (input.line() == 0) {
            return problems;
        }
        return problems.stream().map(p -> new Problem(p.path(), p.message(),
                p.line() == null ? input.line() : input.line() + p.line() - 1, p.column())).toList();
    }

    private void write(Outcome outcome, Map<OutputOptions.Target, StringBuilder> files, List<Assessment> combined) {
        if (outcome.problems() != null) {
            if (outcome.failure() != null) {
                err.println(outcome.input().source() + ": the rule set failed on this profile: " + outcome.failure());
            } else {
                err.println(outcome.input().source() + " is not a valid profile:");
                Problems.print(err, outcome.input().file() != null ? outcome.input().source()
                        : outcome.input().source().substring(0, outcome.input().source().lastIndexOf(':')),
                        outcome.problems());
            }
        } else if (needsCombined()) {
            combined.add(outcome.assessment());
        }
        outcome.rendered().forEach((target, text) -> {
            if (target.toStdout()) {
                out.print(text);
            } else {
                files.computeIfAbsent(target, t -> new StringBuilder()).append(text);
            }
        });
        out.flush();
    }

    private boolean needsCombined() {
        return targets.stream().anyMatch(t -> t.format().combinesMany());
    }

    /** Files of streamed formats, and every SARIF, JUnit or GitHub output: written once all are assessed. */
    private boolean writeAtEnd(Map<OutputOptions.Target, StringBuilder> files, List<Assessment> combined,
                               ReportContext context) {
        boolean ok = true;
        for (OutputOptions.Target target : targets) {
            String rendered = target.format().combinesMany()
                    ? target.format().render(combined, context, command.style(target))
                    : target.toStdout() ? null : files.getOrDefault(target, new StringBuilder()).toString();
            if (rendered != null) {
                ok &= AssessCommand.write(target, rendered, out, err);
            }
        }
        return ok;
    }

    /** Counts by verdict, invalid inputs, inputs that fail --fail-on. */
    private static final class Tally {
        private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        private int assessed;
        private int invalid;
        private int failing;
        private long lastProgress;

        void count(Outcome outcome, AssessCommand command) {
            if (outcome.assessment() == null) {
                invalid++;
                return;
            }
            assessed++;
            Advisory advisory = outcome.assessment().advisory();
            verdicts.merge(advisory.summary().verdict(), 1, Integer::sum);
            if (command.failOn.failsOn(advisory.findings())) {
                failing++;
            }
        }

        void progress(PrintWriter err) {
            long now = System.nanoTime();
            if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
                lastProgress = now;
                err.print("\r\033[Kassessed " + assessed + (invalid > 0 ? ", " + invalid + " invalid" : "") + " ...");
                err.flush();
            }
        }

        String summary(long nanos) {
            StringBuilder s = new StringBuilder().append(assessed + invalid).append(" profile")
                    .append(assessed + invalid == 1 ? "" : "s").append(" in ")
                    .append(String.format(Locale.ROOT, "%.2f", nanos / 1e9)).append(" s: ");
            List<String> parts = new ArrayList<>();
            for (Verdict v : Verdict.values()) {
                parts.add(verdicts.getOrDefault(v, 0) + " " + v);
            }
            s.append(String.join(", ", parts)).append("; ").append(invalid).append(" invalid");
            return s.toString();
        }
    }

    /** Linux names a terminal's device for each open file: stderr is a terminal when it is /dev/pts/N or /dev/ttyN. */
    private static boolean stderrIsTerminal() {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null && in != System.in) {
            try {
                in.close();
            } catch (IOException ignored) {
                // read to its end or failed: nothing more to do
            }
        }
    }
}
