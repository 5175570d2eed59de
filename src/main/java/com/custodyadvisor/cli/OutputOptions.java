package com.custodyadvisor.cli;

import com.custodyadvisor.report.OutputFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The outputs of {@code assess}: {@code -f FORMAT} for standard output, and any number of
 * {@code -o [FORMAT:]FILE} for files, so one run can feed a terminal, code scanning and a test report
 * ({@code -f github -o results.sarif -o junit:reports/custody.xml}).
 */
final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "What standard output gets: text (default), json (exactly the HTTP advisory), markdown "
                    + "(the broker pack), pdf (the broker pack as PDF; not to a terminal), sarif (SARIF 2.1.0 for "
                    + "code scanning), junit (JUnit XML) or github (GitHub Actions annotations).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "[FORMAT:]FILE",
            description = "Also write an output to FILE; repeat for several. FORMAT: may be left out when the "
                    + "extension says it: .sarif, .xml (junit), .json, .md (markdown), .pdf, .txt (text).")
    List<String> files = new ArrayList<>();

    /** Where one output goes and in which format; {@code file} null is standard output. */
    record Target(OutputFormat format, Path file) {

        boolean toStdout() {
            return file == null;
        }
    }

    /**
     * Standard output's target, then one per file, each with its format.
     *
     * @throws IllegalArgumentException for a file whose format is not said, or a file named twice
     */
    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(format, null));
        Set<Path> seen = new HashSet<>();
        for (String given : files) {
            Target target = parse(given);
            if (!seen.add(target.file().toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("-o " + given + ": " + target.file() + " is named twice");
            }
            targets.add(target);
        }
        return targets;
    }

    private static Target parse(String given) {
        int colon = given.indexOf(':');
        if (colon > 0) {
            String prefix = given.substring(0, colon).toLowerCase(Locale.ROOT);
            for (OutputFormat f : OutputFormat.values()) {
                if (f.name().equals(prefix)) {
                    return new Target(f, Path.of(given.substring(colon + 1)));
                }
            }
        }
        OutputFormat implied = OutputFormat.forFile(given).orElseThrow(() -> new IllegalArgumentException("-o "
                + given + ": the extension does not say which format; write it before the file, e.g. -o sarif:"
                + given));
        return new Target(implied, Path.of(given));
    }
}
