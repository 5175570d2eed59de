package com.custodyadvisor.cli;

import com.custodyadvisor.document.Problem;
import com.custodyadvisor.engine.RuleProblem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems the way compilers do, so editors and CI logs link them: {@code file:line:column: message}. */
final class Problems {

    private Problems() {
    }

    static void print(PrintWriter err, String file, List<Problem> problems) {
        for (Problem p : problems) {
            StringBuilder s = new StringBuilder(file);
            if (p.line() != null) {
                s.append(':').append(p.line()).append(':').append(p.column() == null ? 0 : p.column());
            }
            s.append(": ");
            if (!p.path().isEmpty()) {
                s.append(p.path()).append(": ");
            }
            err.println(s.append(p.message()));
        }
    }

    static void printRules(PrintWriter err, List<RuleProblem> problems) {
        problems.forEach(p -> err.println(p.describe()));
    }
}
