package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Explanation;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.FirmNeed;
import com.custodyadvisor.advisory.PlanStep;
import com.custodyadvisor.advisory.PlannedProvider;
import com.custodyadvisor.advisory.ProgrammeLayer;
import com.custodyadvisor.advisory.ProgrammeSchedule;
import com.custodyadvisor.advisory.ProgrammeTarget;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.advisory.ReliedOnCover;
import com.custodyadvisor.advisory.ScenarioLoss;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.advisory.SketchLayer;
import com.custodyadvisor.advisory.WalletAssessment;
import com.custodyadvisor.catalog.ProviderNote;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.support.Wording;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The advisory for a terminal: verdict, findings by severity, programme and loss scenarios, regulation and CCSS, the
 * plan, providers best first.
 */
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
        out.append("Exposure: ").append(tiers(advisory.summary().exposureUsd()));
        if (data.exposureReassessed()) {
            out.append("\n  (on the tiers an underwriter would assign; as declared: ")
                    .append(tiers(advisory.summary().declaredExposureUsd())).append(')');
        }
        out.append('\n');
        out.append(data.completenessLine()).append('\n');
        if (!advisory.summary().blockingQuestions().isEmpty()) {
            out.append(Wrap.wrap("Open questions keep it from READY: "
                    + String.join(", ", advisory.summary().blockingQuestions()), 0, WIDTH, "  ")).append('\n');
        }
        if (data.questionsFirst()) {
            questions(out, advisory);
        }

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
        if (!data.questionsFirst()) {
            questions(out, advisory);
        }
        if (!advisory.disclosures().isEmpty()) {
            out.append("\nLosses to disclose to underwriters\n");
            advisory.disclosures().forEach(d -> out.append("  ").append(Wrap.wrap(d.text() + " (" + d.pointer() + ")",
                    2, WIDTH, "    ")).append('\n'));
        }

        programme(out, data);
        scenarios(out, advisory);
        RegulationSections.text(out, advisory);

        if (!advisory.needs().isEmpty()) {
            out.append("\nNeeds matched on\n");
            for (FirmNeed n : advisory.needs()) {
                out.append("  ").append(Wrap.wrap(n.need() + (n.stated() ? " (stated)" : " (derived: " + n.why() + ")"),
                        2, WIDTH, "    ")).append('\n');
            }
        }

        plan(out, data);
        PathToReadyText.text(out, advisory);

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

    /**
     * The target limit and its layers, then the order of approach, step by step, each provider with why and what a
     * broker should know of it.
     */
    private static void plan(StringBuilder out, ReportData data) {
        ProgrammeTarget target = data.advisory().plan().target();
        if (target != null) {
            out.append("\nPlan: the target limit\n");
            out.append("  ").append(Wrap.wrap("Target: " + ReportData.target(target), 2, WIDTH, "    ")).append('\n');
            out.append("  ").append(Wrap.wrap(target.advice(), 2, WIDTH, "  ")).append('\n');
            out.append("  Layers, lowest first:\n");
            for (SketchLayer layer : target.layers()) {
                out.append("    - ").append(Wrap.wrap(ReportData.layer(layer), 6, WIDTH, "      ")).append('\n');
            }
            if (target.uninsuredUsd() > 0) {
                out.append("    - ").append(Wrap.wrap("Uninsured above " + Money.usd(target.targetUsd()) + ": "
                        + Money.usd(target.uninsuredUsd()) + ", until the loss is made smaller", 6, WIDTH, "      "))
                        .append('\n');
            }
        }
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

    private static String tiers(Map<Tier, Long> byTier) {
        return List.of(Tier.HOT, Tier.WARM, Tier.COLD).stream().map(t -> t + " " + Money.usd(byTier.get(t)))
                .collect(Collectors.joining(" · "));
    }

    /** The programme schedule: own layers lowest first, their gaps, cover relied on, wallets reassessed. */
    private static void programme(StringBuilder out, ReportData data) {
        ProgrammeSchedule programme = data.advisory().programme();
        out.append("\nProgramme: your own theft cover, lowest layer first\n");
        if (programme.layers().isEmpty()) {
            out.append("  None: no crime, specie or theft warranty of your own.\n");
        }
        int n = 1;
        for (ProgrammeLayer layer : programme.layers()) {
            out.append("  ").append(n++).append(". ").append(Wrap.wrap(layer.label() + ": pays from "
                    + ReportData.band(layer) + ", deductible " + Money.usd(layer.deductibleUsd()), 5, WIDTH, "     "))
                    .append('\n');
            line(out, "Tiers", layer.tierLimitsUsd().isEmpty() ? "none" : ReportData.tierLimits(layer));
            line(out, "Perils", layer.perils().isEmpty() ? "none" : Wording.list(layer.perils()));
            line(out, "Terms", data.form(layer));
        }
        programme.gaps().forEach(g -> out.append("  Gap: ").append(Wrap.wrap(data.gap(g), 7, WIDTH, "       "))
                .append('\n'));
        if (!programme.reliedOn().isEmpty()) {
            out.append("\nCover you rely on but do not hold (not counted toward your limits)\n");
            for (ReliedOnCover c : programme.reliedOn()) {
                out.append("  ").append(Wrap.wrap(c.label() + ", limit " + Money.usd(c.limitUsd()) + ": " + c.reason(),
                        2, WIDTH, "    ")).append('\n');
            }
        }
        List<WalletAssessment> reassessed = data.reassessedWallets();
        if (!reassessed.isEmpty()) {
            out.append("\nWallets an underwriter would class in another tier\n");
            for (WalletAssessment w : reassessed) {
                out.append("  ").append(Wrap.wrap("\"" + w.name() + "\" (" + Money.usd(w.valueUsd()) + "): declared "
                        + w.declaredTier() + ", assessed " + w.assessedTier() + ": " + w.reason(), 2, WIDTH, "    "))
                        .append('\n');
            }
        }
    }

    /** The loss scenarios, largest first, each with what the own programme pays and what it leaves. */
    private static void scenarios(StringBuilder out, Advisory advisory) {
        if (advisory.scenarios().isEmpty()) {
            return;
        }
        out.append("\nLoss scenarios, largest first\n");
        for (ScenarioLoss s : advisory.scenarios()) {
            out.append("  ").append(s.name()).append('\n');
            line(out, "What", s.about());
            line(out, "Loss", Money.usd(s.lossUsd()) + ": insured " + Money.usd(s.insuredUsd()) + ", retained "
                    + Money.usd(s.retainedUsd()) + ", uninsured " + Money.usd(s.uninsuredUsd()));
            if (s.payments().stream().anyMatch(p -> p.paysUsd() > 0)) {
                line(out, "Paid", s.payments().stream().filter(p -> p.paysUsd() > 0)
                        .map(p -> p.label() + " " + Money.usd(p.paysUsd())).collect(Collectors.joining("; ")));
            }
        }
    }

    /** The questions the profile leaves open, most decisive first, each at the field that answers it. */
    private static void questions(StringBuilder out, Advisory advisory) {
        if (advisory.openQuestions().isEmpty()) {
            return;
        }
        out.append("\nOpen questions (").append(advisory.openQuestions().size()).append("), most decisive first\n");
        advisory.openQuestions().forEach(q -> {
            out.append("  ").append(q.pointer()).append('\n');
            out.append("      ").append(Wrap.wrap(ReportData.question(q), 6, WIDTH, "      ")).append('\n');
        });
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
        f.covers().forEach(c -> line(out, "Covers", ReportData.covered(c)));
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
