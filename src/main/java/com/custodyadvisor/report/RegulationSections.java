package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.CcssSummary;
import com.custodyadvisor.advisory.RegimeCheckResult;
import com.custodyadvisor.advisory.RegimeResult;
import com.custodyadvisor.regulation.CheckStatus;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The "Regulation" section (each regime that applies, why, and each of its figures met or not) and the CCSS table,
 * for the text and the Markdown report: one wording, two layouts.
 */
final class RegulationSections {

    private static final int WIDTH = 100;

    private RegulationSections() {
    }

    // ---- wording shared by both layouts ------------------------------------------------------------------------

    static String status(CheckStatus status) {
        return switch (status) {
            case MET -> "met";
            case NOT_MET -> "not met";
            case NOT_ASSESSABLE -> "not assessable";
        };
    }

    /** "JP (JFSA), Japan, crypto-asset exchange service providers". */
    static String regime(RegimeResult r) {
        return r.id() + " (" + r.regulator() + "), " + r.name();
    }

    static String appliedBecause(RegimeResult r) {
        return r.appliedBecause().stream().map(RegimeResult.AppliedReason::why).collect(Collectors.joining("; "));
    }

    /** "cold-storage floor: at least 95% of client assets cold, in aggregate [primary text]". */
    static String figure(RegimeCheckResult c) {
        return c.obligation() + ": " + c.requirement() + " [" + c.certaintyLabel() + "; " + c.source() + "]";
    }

    /** What was measured, the finding that reports it, or what to give (at which field) for the check to be made. */
    static String outcome(RegimeCheckResult c) {
        return outcome(c, true);
    }

    /** The same; the field's pointer only when {@code withField} (the broker pack keeps pointers to its appendix). */
    static String outcome(RegimeCheckResult c, boolean withField) {
        String measured = c.measured();
        if (c.findingId() != null) {
            return measured + " (" + c.findingId() + ")";
        }
        if (c.missing() != null) {
            return measured + "; to check it, give " + (withField ? c.missing().path() + ": " : "the answer to: ")
                    + c.missing().ask();
        }
        return measured;
    }

    static String ccssHeadline(CcssSummary ccss) {
        StringBuilder s = new StringBuilder(ccss.level() == null ? "not assessed"
                : "level " + ccss.level() + " (the lowest aspect assessed"
                + (ccss.notAssessed().isEmpty() ? ")" : "; " + ccss.notAssessed().size() + " not assessed)"));
        if (ccss.target() != null) {
            s.append("; target ").append(ccss.target());
        }
        if (ccss.claimed() != null) {
            s.append("; claimed ").append(ccss.claimed());
        }
        return s.toString();
    }

    static String level(CcssSummary.Aspect a) {
        return a.level() == null ? "not assessed" : "level " + a.level() + (a.exact() || a.next() == null ? ""
                : " at least");
    }

    /** "1.03 L2: backups are tamper-evident (not in place)"; "" at level 3. */
    static String next(CcssSummary.Aspect a) {
        return next(a, true);
    }

    /** The same; the pointer of a requirement not confirmed only when {@code withField}. */
    static String next(CcssSummary.Aspect a, boolean withField) {
        CcssSummary.Next n = a.next();
        return n == null ? "" : n.number() + ": " + n.requirement() + " ("
                + (n.state() == CcssSummary.RequirementState.NOT_IN_PLACE ? "not in place"
                        : withField ? "not confirmed: " + n.path() : "not confirmed") + ")";
    }

    /** True when the profile describes no aspect and names neither a target nor a claim: one line says so. */
    static boolean ccssSilent(CcssSummary ccss) {
        return ccss.level() == null && ccss.target() == null && ccss.claimed() == null;
    }

    static final String NO_REGIME = "No listed regime applies: no licence in a jurisdiction of data/regimes.yaml, "
            + "and the domicile is not one.";
    static final String CCSS_SILENT = "Not assessed: the profile describes none of the CCSS aspects (key "
            + "generation, backups, authentication factors, key-holder checks, compromise protocol, grant/revoke, "
            + "proof of reserve, audit logs, data sanitisation).";

    // ---- text --------------------------------------------------------------------------------------------------

    static void text(StringBuilder out, Advisory advisory) {
        out.append("\nRegulation: the regimes that apply\n");
        if (advisory.regimes().isEmpty()) {
            out.append("  ").append(Wrap.wrap(NO_REGIME, 2, WIDTH, "  ")).append('\n');
        }
        for (RegimeResult r : advisory.regimes()) {
            out.append("  ").append(Wrap.wrap(regime(r) + ": " + status(r.status()).toUpperCase(java.util.Locale.ROOT),
                    2, WIDTH, "    ")).append('\n');
            textLine(out, "Applies", appliedBecause(r));
            for (RegimeCheckResult c : r.checks()) {
                textLine(out, status(c.status()), figure(c));
                out.append(" ".repeat(20)).append(Wrap.wrap(outcome(c), 20, WIDTH, " ".repeat(20))).append('\n');
            }
            r.notChecked().forEach(n -> textLine(out, "Not checked", n));
        }
        CcssSummary ccss = advisory.ccss();
        out.append("\nCCSS: ").append(ccssHeadline(ccss)).append('\n');
        if (ccssSilent(ccss)) {
            out.append("  ").append(Wrap.wrap(CCSS_SILENT, 2, WIDTH, "  ")).append('\n');
            return;
        }
        for (CcssSummary.Aspect a : ccss.aspects()) {
            out.append("  ").append(Wrap.wrap(a.number() + " " + a.title() + ": " + level(a)
                    + (a.next() == null ? "" : "; next " + next(a)), 2, WIDTH, "      ")).append('\n');
        }
    }

    private static void textLine(StringBuilder out, String label, String text) {
        String head = "    " + String.format(java.util.Locale.ROOT, "%-16s", label + ":");
        out.append(head).append(Wrap.wrap(text, head.length(), WIDTH, " ".repeat(head.length()))).append('\n');
    }

    // ---- Markdown ----------------------------------------------------------------------------------------------

    static void markdown(StringBuilder md, Advisory advisory) {
        md.append("\n## Regulation and CCSS\n\nThe regulators' regimes that apply to you, why, and each of their figures "
                + "against your profile (certainty: primary text, secondary summary or unconfirmed).\n");
        if (advisory.regimes().isEmpty()) {
            md.append('\n').append(MarkdownReport.escape(NO_REGIME)).append('\n');
        }
        for (RegimeResult r : advisory.regimes()) {
            md.append("\n### ").append(MarkdownReport.escape(regime(r))).append(": ").append(status(r.status()))
                    .append("\n\nApplies: ").append(MarkdownReport.escape(appliedBecause(r))).append("\n\n");
            md.append("| Figure | Status | Measured |\n|---|---|---|\n");
            for (RegimeCheckResult c : r.checks()) {
                md.append("| ").append(MarkdownReport.escape(figure(c))).append(" | ")
                        .append(c.status() == CheckStatus.NOT_MET ? "**not met**" : status(c.status())).append(" | ")
                        .append(MarkdownReport.escape(outcome(c, false))).append(" |\n");
            }
            if (!r.notChecked().isEmpty()) {
                md.append('\n');
                r.notChecked().forEach(n -> md.append("- _Not checked:_ ").append(MarkdownReport.escape(n))
                        .append('\n'));
            }
        }
        CcssSummary ccss = advisory.ccss();
        md.append("\n### CCSS level\n\n").append(MarkdownReport.escape("CryptoCurrency Security Standard: "
                + ccssHeadline(ccss) + ".")).append('\n');
        if (ccssSilent(ccss)) {
            md.append('\n').append(MarkdownReport.escape(CCSS_SILENT)).append('\n');
            return;
        }
        md.append("\n| Aspect | Level | Next level needs |\n|---|---|---|\n");
        List<CcssSummary.Aspect> aspects = ccss.aspects();
        for (CcssSummary.Aspect a : aspects) {
            md.append("| ").append(MarkdownReport.escape(a.number() + " " + a.title())).append(" | ")
                    .append(level(a)).append(" | ").append(MarkdownReport.escape(next(a, false))).append(" |\n");
        }
    }
}
