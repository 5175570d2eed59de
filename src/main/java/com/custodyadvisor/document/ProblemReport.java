package com.custodyadvisor.document;

import java.util.List;

/**
 * The problems shown for one document: the first {@value #LIMIT} in document order, and how many there are
 * in all. Both doors show the same part, so a hostile document cannot make an answer of megabytes.
 *
 * @param shown the problems shown, at most {@value #LIMIT}
 * @param total how many problems were found
 */
public record ProblemReport(List<Problem> shown, int total) {

    public static final int LIMIT = 100;

    public ProblemReport {
        shown = List.copyOf(shown);
    }

    public static ProblemReport of(List<Problem> problems) {
        return new ProblemReport(problems.size() > LIMIT ? problems.subList(0, LIMIT) : problems, problems.size());
    }

    /** True when some problems are not shown. */
    public boolean truncated() {
        return total > shown.size();
    }
}
