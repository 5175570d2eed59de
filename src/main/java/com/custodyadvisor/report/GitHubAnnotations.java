package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Finding;
import java.util.List;

/**
 * Advisories as GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or
 * {@code ::notice} line per open finding, with the profile's file, line and column, which GitHub shows as
 * an annotation on that line of the pull request. Waived findings are left out: they do not count.
 */
public final class GitHubAnnotations {

    private GitHubAnnotations() {
    }

    public static String render(List<Assessment> assessments, ReportContext context) {
        StringBuilder out = new StringBuilder();
        for (Assessment assessment : assessments) {
            for (Finding f : assessment.advisory().findings()) {
                if (!f.isOpen()) {
                    continue;
                }
                out.append("::").append(CiLevel.of(f.severity()).github()).append(' ');
                String pointer = f.evidence().isEmpty() ? "" : f.evidence().get(0).path();
                if (assessment.file() != null) {
                    out.append("file=").append(property(assessment.file()));
                    int[] at = assessment.positionOf(pointer);
                    if (at != null) {
                        out.append(",line=").append(at[0]).append(",col=").append(at[1]);
                    }
                    out.append(',');
                }
                out.append("title=").append(property(f.severity() + " " + f.id() + ": " + f.title()));
                out.append("::").append(data(f.detail()
                        + (f.remediation() == null ? "" : "\nWhat to do: " + f.remediation())
                        + (pointer.isEmpty() ? "" : "\nWhere: " + pointer)));
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A command's message: percent and line breaks escaped, as the runner expects. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value: also colons and commas, which separate properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
