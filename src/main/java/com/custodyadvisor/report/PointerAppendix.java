package com.custodyadvisor.report;

import static com.custodyadvisor.report.MarkdownReport.code;
import static com.custodyadvisor.report.MarkdownReport.escape;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.CcssSummary;
import com.custodyadvisor.advisory.Disclosure;
import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.OpenQuestion;
import com.custodyadvisor.advisory.RegimeCheckResult;
import com.custodyadvisor.advisory.RegimeResult;
import com.custodyadvisor.advisory.WalletAssessment;
import java.util.stream.Collectors;

/**
 * The broker pack's last section: where in the profile each finding, question and figure was read, as JSON
 * Pointers. The reading text above names no pointer; whoever edits the profile finds each field here.
 */
final class PointerAppendix {

    static final String TITLE = "Appendix: where each point is in the profile";

    private PointerAppendix() {
    }

    static void markdown(StringBuilder md, Advisory advisory) {
        md.append("\n## ").append(TITLE).append("\n\nJSON Pointers into the profile as submitted; "
                + "\"not given\" marks a field left out.\n");
        if (!advisory.findings().isEmpty()) {
            md.append("\n### Findings\n\n");
            for (Finding f : advisory.findings()) {
                md.append("- ").append(f.id()).append(": ").append(f.evidence().isEmpty() ? "no field"
                        : f.evidence().stream().map(PointerAppendix::evidence).collect(Collectors.joining(", ")))
                        .append('\n');
            }
        }
        if (!advisory.openQuestions().isEmpty()) {
            md.append("\n### Open questions\n\n");
            for (OpenQuestion q : advisory.openQuestions()) {
                md.append("- ").append(code(q.pointer())).append(": ").append(escape(q.question())).append('\n');
            }
        }
        StringBuilder checks = new StringBuilder();
        for (RegimeResult r : advisory.regimes()) {
            for (RegimeCheckResult c : r.checks()) {
                if (c.missing() != null) {
                    checks.append("- ").append(r.id()).append(", ").append(escape(c.obligation())).append(": ")
                            .append(code(c.missing().path())).append('\n');
                }
            }
        }
        for (CcssSummary.Aspect a : advisory.ccss().aspects()) {
            CcssSummary.Next next = a.next();
            if (next != null && next.path() != null) {
                checks.append("- CCSS ").append(next.number()).append(": ").append(code(next.path())).append('\n');
            }
        }
        if (checks.length() > 0) {
            md.append("\n### Regulation and CCSS checks to complete\n\n").append(checks);
        }
        if (!advisory.disclosures().isEmpty()) {
            md.append("\n### Losses to disclose\n\n");
            for (Disclosure d : advisory.disclosures()) {
                md.append("- ").append(escape(d.text())).append(": ").append(code(d.pointer())).append('\n');
            }
        }
        if (!advisory.wallets().isEmpty()) {
            md.append("\n### Wallets\n\n");
            for (WalletAssessment w : advisory.wallets()) {
                md.append("- ").append(escape(WalletInventory.label(w))).append(": ").append(code(w.path()))
                        .append('\n');
            }
        }
    }

    private static String evidence(Evidence e) {
        return code(e.path()) + (e.value() == null ? " (not given)" : " = " + code(e.value().toString()));
    }
}
