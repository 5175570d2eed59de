package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Severity;

/**
 * How CI tools grade a finding, from its severity: CRITICAL and HIGH fail a review (error), MEDIUM is a
 * warning, LOW and INFO are notes.
 */
enum CiLevel {
    ERROR("error", "error"),
    WARNING("warning", "warning"),
    NOTE("note", "notice");

    private final String sarif;
    private final String github;

    CiLevel(String sarif, String github) {
        this.sarif = sarif;
        this.github = github;
    }

    static CiLevel of(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> ERROR;
            case MEDIUM -> WARNING;
            case LOW, INFO -> NOTE;
        };
    }

    /** SARIF's result level. */
    String sarif() {
        return sarif;
    }

    /** The GitHub Actions workflow command. */
    String github() {
        return github;
    }

    /**
     * GitHub code scanning's security severity (0.1 to 10: low below 4, medium below 7, high below 9,
     * critical above), so its alerts rank the way the advisory does; null for INFO, which has none.
     */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> null;
        };
    }
}
