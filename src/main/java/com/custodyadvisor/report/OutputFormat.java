package com.custodyadvisor.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outputs of an assessment. Text, JSON and Markdown render one advisory; SARIF, JUnit XML and GitHub
 * annotations render any number in one document, as pipelines that check several profiles want. The
 * constants are the words the command line takes.
 */
public enum OutputFormat {
    /** for a terminal */
    text(false),
    /** exactly the HTTP advisory body */
    json(false),
    /** a report for a broker */
    markdown(false),
    /** SARIF 2.1.0, for code scanning */
    sarif(true),
    /** JUnit XML, for CI test reports */
    junit(true),
    /** GitHub Actions annotations */
    github(true);

    private final boolean combinesMany;

    OutputFormat(boolean combinesMany) {
        this.combinesMany = combinesMany;
    }

    /** True when one document holds the advisories of several profiles. */
    public boolean combinesMany() {
        return combinesMany;
    }

    /**
     * Renders the assessments.
     *
     * @param style how text is written (ignored by the other formats)
     * @throws IllegalArgumentException when a one-advisory format is given several
     */
    public String render(List<Assessment> assessments, ReportContext context, TextStyle style) {
        if (!combinesMany && assessments.size() != 1) {
            throw new IllegalArgumentException(this + " renders one advisory, not " + assessments.size());
        }
        return switch (this) {
            case text -> TextReport.render(assessments.get(0), context, style);
            case json -> AdvisoryJson.render(assessments.get(0).advisory());
            case markdown -> MarkdownReport.render(assessments.get(0), context);
            case sarif -> SarifReport.render(assessments, context);
            case junit -> JUnitReport.render(assessments, context);
            case github -> GitHubAnnotations.render(assessments, context);
        };
    }

    /** The format a file name implies: .sarif, .xml (JUnit), .json, .md, .txt; empty when it says none. */
    public static Optional<OutputFormat> forFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".sarif") || name.endsWith(".sarif.json")) {
            return Optional.of(sarif);
        }
        if (name.endsWith(".xml")) {
            return Optional.of(junit);
        }
        if (name.endsWith(".json")) {
            return Optional.of(json);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(markdown);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(text);
        }
        return Optional.empty();
    }
}
