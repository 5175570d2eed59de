package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Explanation;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.FirmNeed;
import com.custodyadvisor.advisory.PlanStep;
import com.custodyadvisor.advisory.PlannedProvider;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.catalog.ProviderNote;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Tier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The advisory for a terminal: verdict, findings by severity, the plan, providers best first. */
public final class TextReport {

    private static final int WIDTH = 100;

    private TextReport() {
    }

    public static String render(Assessment assessment, ReportContext context, TextStyle style) {
        Advisory advisory = assessment.advisory();
        ReportData data = new ReportData(assessment.profile(), advisory, context.catalog());
        StringBuilder out = new StringBuilder();
        out.append("Custody Advisor: ").append(data.firmLine()).append('\n');
        out.append("Verdict: ").append(style.verdict(advisory.summary().verdict(),
                        advisory.summary().verdict().name())).append("   ")
                .append(Arrays.stream(Severity.values())
                        .map(s -> s.name().toLowerCase(Locale.ROOT) + " " + data.counts().get(s))
                        .collect(Collectors.joining(" · ")));
        if (advisory.summary().waived() > 0) {
            out.append(" · waived ").append(advisory.summary().waived());
        }
        out.append('\n');
        out.append("Exposure: ").append(List.of(Tier.HOT, Tier.WARM, Tier.COLD).stream()
                .map(t -> t + " " + Money.usd(advisory.summary().exposureUsd().get(t)))
                .collect(Collectors.joining(" · "))).append('\n');

        for (Severity severity : Severity.values()) {
            List<Finding> findings = data.open(severity);
            if (findings.isEmpty()) {
                continue;
            }
            out.append('\n').append(style.severity(severity, severity + " (" + findings.size() + ")")).append('\n');
            findings.forEach(f -> finding(out, f, style));
        }
        List<Finding> waived = data.waived();
        if (!waived.isEmpty()) {
            out.append("\nWAIVED (").append(waived.size()).append(")\n");
            waived.forEach(f -> finding(out, f, style));
        }
        if (advisory.findings().isEmpty()) {
            out.append("\nNo findings: every rule's conditions are met.\n");
        }

        if (!advisory.needs().isEmpty()) {
            out.append("\nNeeds matched on\n");
            for (FirmNeed n : advisory.needs()) {
                out.append("  ").append(Wrap.wrap(n.need() + (n.stated() ? " (stated)" : " (derived: " + n.why() + ")"),
                        2, WIDTH, "    ")).append('\n');
            }
        }

        plan(out, data);

        out.append("\nProviders that fit, best first\n");
        if (advisory.providers().isEmpty()) {
            out.append("  None: no provider in the catalogue matches this profile.\n");
        }
        for (ProviderMatch p : advisory.providers()) {
            out.append("  ").append(Wrap.wrap("#" + data.position(p) + ' ' + p.name() + " (" + ReportData.role(p.role())
                    + "), fit " + p.fit() + ", " + p.standing().label() + ": " + p.headline(), 2, WIDTH, "     "))
                    .append('\n');
            for (String reason : p.reasons()) {
                out.append("       + ").append(Wrap.wrap(reason, 9, WIDTH, "         ")).append('\n');
            }
            out.append("       Consider if: ").append(Wrap.wrap(p.considerIf(), 20, WIDTH, " ".repeat(9)))
                    .append('\n');
            if (!p.alternatives().isEmpty()) {
                out.append("       Alternatives: ").append(data.alternatives(p)).append('\n');
            }
        }
        out.append("\nRule set ").append(ReportData.shortHash(advisory.rulesetVersion()))
                .append(origin(context.rulesOrigin())).append('\n');
        out.append("Catalogue ").append(ReportData.shortHash(advisory.catalogVersion()))
                .append(origin(context.dataOrigin())).append('\n');
        return style.finish(out.toString());
    }

    /** The order of approach, step by step, each provider with why and what a broker should know of it. */
    private static void plan(StringBuilder out, ReportData data) {
        List<PlanStep> steps = data.advisory().plan().steps();
        if (steps.isEmpty()) {
            return;
        }
        out.append("\nPlan: the order of approach\n");
        for (int i = 0; i < steps.size(); i++) {
            PlanStep step = steps.get(i);
            out.append("  ").append(i + 1).append(". ").append(Wrap.wrap(step.title() + ": " + step.does(), 5, WIDTH,
                    "     ")).append('\n');
            for (PlannedProvider p : step.providers()) {
                out.append("     ").append(Wrap.wrap(p.name() + " (#" + p.position() + "): " + p.why(), 5, WIDTH,
                        "       ")).append('\n');
                out.append("       ").append(Wrap.wrap(ReportData.facts(p), 7, WIDTH, "       ")).append('\n');
                for (ProviderNote note : p.notes()) {
                    out.append("       ").append(Wrap.wrap("Note: " + note.text() + " (" + note.basis() + ")", 7, WIDTH,
                            "         ")).append('\n');
                }
            }
        }
    }

    private static void finding(StringBuilder out, Finding f, TextStyle style) {
        out.append("  ").append(style.severity(f.severity(), f.id())).append("  ").append(f.title()).append('\n');
        line(out, "What", f.detail());
        if (f.remediation() != null) {
            line(out, "Do", f.remediation());
        }
        if (f.waiverReason() != null) {
            line(out, "Waived", f.waiverReason());
        }
        line(out, "Source", f.source());
        if (!f.evidence().isEmpty()) {
            line(out, "Where", f.evidence().stream().map(TextReport::evidence).collect(Collectors.joining(", ")));
        }
        if (f.explanations() != null) {
            for (Explanation e : f.explanations()) {
                String matched = e.matched().stream()
                        .map(m -> m.fact() + (m.path() == null ? "" : " " + m.path())
                                + (m.summary() == null ? "" : " [" + m.summary() + "]"))
                        .collect(Collectors.joining("; "));
                line(out, "Rule", "\"" + e.rule() + "\" (" + e.file() + ":" + e.line() + ") matched " + matched);
            }
        }
    }

    /** " (shipped with custody-advisor 1.0.0)": which set is in use. */
    private static String origin(String origin) {
        return origin == null ? "" : " (" + origin + ")";
    }

    private static String evidence(Evidence e) {
        return e.value() == null ? e.path() + " (not given)" : e.path() + " = " + e.value();
    }

    private static void line(StringBuilder out, String label, String text) {
        String head = "    " + String.format(Locale.ROOT, "%-8s", label + ":");
        out.append(head).append(Wrap.wrap(text, head.length(), WIDTH, " ".repeat(head.length()))).append('\n');
    }
}
