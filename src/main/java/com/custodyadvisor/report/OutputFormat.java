package com.custodyadvisor.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outputs of an assessment. Text, JSON, Markdown and PDF render one advisory; SARIF, JUnit XML and GitHub
 * annotations render any number in one document, as pipelines that check several profiles want. PDF is the one
 * binary output ({@link #bytes}). The constants are the words the command line takes.
 */
public enum OutputFormat {
    /** for a terminal */
    text(false),
    /** exactly the HTTP advisory body */
    json(false),
    /** the broker pack */
    markdown(false),
    /** the broker pack laid out as a PDF */
    pdf(false),
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

    /** True for an output that is bytes, not text: it has no place on a terminal. */
    public boolean binary() {
        return this == pdf;
    }

    /** The rendered output as it is written to a file or a pipe: UTF-8 text, or the PDF. */
    public byte[] bytes(List<Assessment> assessments, ReportContext context, TextStyle style) {
        if (this == pdf) {
            requireOne(assessments);
            Assessment one = assessments.get(0);
            return BrokerPackPdf.render(MarkdownReport.render(one, context), one.profile().firm().name());
        }
        return render(assessments, context, style).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Renders the assessments as text.
     *
     * @param style how text is written (ignored by the other formats)
     * @throws IllegalArgumentException when a one-advisory format is given several
     * @throws IllegalStateException for the binary PDF: see {@link #bytes}
     */
    public String render(List<Assessment> assessments, ReportContext context, TextStyle style) {
        requireOne(assessments);
        return switch (this) {
            case text -> TextReport.render(assessments.get(0), context, style);
            case json -> AdvisoryJson.render(assessments.get(0).advisory());
            case markdown -> MarkdownReport.render(assessments.get(0), context);
            case sarif -> SarifReport.render(assessments, context);
            case junit -> JUnitReport.render(assessments, context);
            case github -> GitHubAnnotations.render(assessments, context);
            case pdf -> throw new IllegalStateException("pdf is binary: render it with bytes()");
        };
    }

    private void requireOne(List<Assessment> assessments) {
        if (!combinesMany && assessments.size() != 1) {
            throw new IllegalArgumentException(this + " renders one advisory, not " + assessments.size());
        }
    }

    /** The format a file name implies: .sarif, .xml (JUnit), .json, .md, .pdf, .txt; empty when it says none. */
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
        if (name.endsWith(".pdf")) {
            return Optional.of(pdf);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(text);
        }
        return Optional.empty();
    }
}
