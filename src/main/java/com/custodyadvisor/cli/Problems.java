package com.custodyadvisor.cli;

import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.ProblemReport;
import com.custodyadvisor.engine.RuleProblem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems the way compilers do, so editors and CI logs link them: {@code file:line:column: message}. */
final class Problems {

    private Problems() {
    }

    /** The first hundred problems, each {@code file:line:column: /pointer: message}, then how many more there are. */
    static void print(PrintWriter err, String file, List<Problem> problems) {
        ProblemReport report = ProblemReport.of(problems);
        for (Problem p : report.shown()) {
            // a problem about the whole text (a limit passed) is placed at its start
            StringBuilder s = new StringBuilder(file).append(':').append(p.line() == null ? 1 : p.line())
                    .append(':').append(p.column() == null ? 1 : p.column()).append(": ");
            if (!p.path().isEmpty()) {
                s.append(p.path()).append(": ");
            }
            err.println(s.append(p.message()));
        }
        if (report.truncated()) {
            err.println(file + ": " + (report.total() - report.shown().size()) + " more problems not shown (truncated: "
                    + "the first " + report.shown().size() + " of " + report.total() + ")");
        }
    }

    static void printRules(PrintWriter err, List<RuleProblem> problems) {
        problems.forEach(p -> err.println(p.describe()));
    }
}
