package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Advisory;
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
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.RequestedCover;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.support.Wording;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The broker pack: the advisory as the Markdown report a firm sends to its broker, section by section in the order
 * a broker works through it ({@link #SECTIONS}). The reading text names no JSON Pointer; the appendix maps each
 * finding and question to its fields. The PDF ({@link BrokerPackPdf}) is laid out from this same text.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** The report of an advisory the service made (its rules' origin is not part of it). */
    public static String render(Profile profile, Advisory advisory, Catalog catalog) {
        return render(profile, advisory, catalog, null, null);
    }

    /** The report, saying which rules and data made it. */
    public static String render(Assessment assessment, ReportContext context) {
        return render(assessment.profile(), assessment.advisory(), context.catalog(), context.rulesOrigin(),
                context.dataOrigin());
    }

    /** The sections of the broker pack, in order: the page breaks of its PDF come before each. */
    static final List<String> SECTIONS = List.of("Summary and verdict", "What is in place", "Wallet inventory",
            "Programme schedule", "Loss scenarios", "Regulation and CCSS", "Findings by severity", "Open questions",
            "Action plan", "Provider plan", PointerAppendix.TITLE);

    private static String render(Profile profile, Advisory advisory, Catalog catalog, String rulesOrigin,
                                 String dataOrigin) {
        ReportData data = new ReportData(profile, advisory, catalog);
        StringBuilder md = new StringBuilder();
        md.append("# Custody insurance readiness: ").append(escape(profile.firm().name())).append("\n\n");
        summary(md, data);
        InPlaceSection.markdown(md, profile);
        WalletInventory.markdown(md, data);
        programme(md, data);
        scenarios(md, advisory);
        RegulationSections.markdown(md, advisory);
        findings(md, data);
        questions(md, advisory);
        ActionPlanSection.markdown(md, advisory);
        providerPlan(md, data);
        PointerAppendix.markdown(md, advisory);
        md.append("\n---\n\nRule set `").append(advisory.rulesetVersion()).append('`').append(origin(rulesOrigin))
                .append(", provider catalogue `").append(advisory.catalogVersion()).append('`')
                .append(origin(dataOrigin)).append(". Advice for research and preparation with a broker; ")
                .append("not an insurance offer.\n");
        return md.toString();
    }

    /** The firm, the cover it seeks, its exposure by tier, the verdict and the open findings by severity. */
    private static void summary(StringBuilder md, ReportData data) {
        Profile profile = data.profile();
        Advisory advisory = data.advisory();
        RequestedCover sought = profile.insurance().requested();
        md.append("## Summary and verdict\n\n| | |\n|---|---|\n");
        md.append("| Firm | ").append(escape(data.firmLine())).append(" |\n");
        md.append("| Regions | ").append(profile.firm().regions().stream().map(Enum::name)
                .collect(Collectors.joining(", "))).append(" |\n");
        md.append("| Assets under custody | ").append(Money.usd(profile.holdings().aumUsd())).append(" |\n");
        md.append("| Limit sought | ").append(InPlaceSection.usd(sought.limitUsd())).append(" |\n");
        md.append("| Retention | ").append(InPlaceSection.usd(sought.retentionUsd())).append(" |\n");
        md.append("| Renewal date | ").append(InPlaceSection.date(sought.renewalDate())).append(" |\n");
        md.append("| Incumbent carriers | ").append(sought.incumbentCarriers().isEmpty() ? InPlaceSection.NOT_GIVEN
                : escape(String.join(", ", sought.incumbentCarriers()))).append(" |\n");
        for (Tier tier : List.of(Tier.HOT, Tier.WARM, Tier.COLD)) {
            long assessed = advisory.summary().exposureUsd().get(tier);
            long declared = advisory.summary().declaredExposureUsd().get(tier);
            md.append("| ").append(tier).append(" exposure | ").append(Money.usd(assessed))
                    .append(assessed == declared ? "" : " (as an underwriter would assign it; " + Money.usd(declared)
                            + " as declared)").append(" |\n");
        }
        md.append("| **Verdict** | **").append(advisory.summary().verdict()).append("** |\n");
        md.append("| Completeness | ").append(escape(data.completenessLine())).append(" |\n");
        int blocking = advisory.summary().blockingQuestions().size();
        if (blocking > 0) {
            md.append("| Keeps it from READY | ").append(blocking).append(blocking == 1 ? " open question" :
                    " open questions").append(" a CRITICAL or HIGH rule relies on (see Open questions) |\n");
        }
        md.append("\n| Severity | Open findings |\n|---|---:|\n");
        for (Severity s : Severity.values()) {
            md.append("| ").append(s).append(" | ").append(data.counts().get(s)).append(" |\n");
        }
        if (advisory.summary().waived() > 0) {
            md.append("| waived | ").append(advisory.summary().waived()).append(" |\n");
        }
    }

    private static void findings(StringBuilder md, ReportData data) {
        md.append("\n## Findings by severity\n");
        if (data.advisory().findings().isEmpty()) {
            md.append("\nNo findings.\n");
        }
        for (Severity severity : Severity.values()) {
            List<Finding> findings = data.open(severity);
            if (!findings.isEmpty()) {
                md.append("\n### ").append(severity).append("\n");
                findings.forEach(f -> finding(md, f));
            }
        }
        if (!data.waived().isEmpty()) {
            md.append("\n### Waived\n");
            data.waived().forEach(f -> finding(md, f));
        }
    }

    /** The target and the order of approach, the needs matched on, and the providers that fit, best first. */
    private static void providerPlan(StringBuilder md, ReportData data) {
        Advisory advisory = data.advisory();
        md.append("\n## Provider plan\n");
        plan(md, data);
        if (!advisory.needs().isEmpty()) {
            md.append("\n### Needs matched on\n\n");
            for (FirmNeed n : advisory.needs()) {
                md.append("- `").append(n.need()).append("`: ")
                        .append(n.stated() ? "stated in the profile" : "derived, " + escape(n.why())).append('\n');
            }
        }
        md.append("\n### Providers that fit\n");
        if (advisory.providers().isEmpty()) {
            md.append("\nNo provider in the catalogue matches this profile.\n");
        } else {
            md.append("\nBest first: the guide's pick for a need you stated, then by fit out of 100.\n");
        }
        for (ProviderMatch p : advisory.providers()) {
            md.append("\n**#").append(data.position(p)).append(' ').append(escape(p.name())).append("** (")
                    .append(ReportData.role(p.role())).append("), fit ").append(p.fit()).append("/100, ")
                    .append(escape(p.standing().label())).append(": ").append(escape(p.headline())).append("\n\n");
            p.reasons().forEach(r -> md.append("- ").append(escape(r)).append('\n'));
            md.append("- _Consider if:_ ").append(escape(p.considerIf())).append('\n');
            if (!p.alternatives().isEmpty()) {
                md.append("- _Alternatives:_ ").append(escape(data.alternatives(p))).append('\n');
            }
        }
    }

    /**
     * The target limit and its layers, then the order of approach, step by step, each provider with why and what a
     * broker should know of it.
     */
    private static void plan(StringBuilder md, ReportData data) {
        ProgrammeTarget target = data.advisory().plan().target();
        if (target != null) {
            md.append("\n### The target limit\n\n**Target:** ").append(escape(ReportData.target(target)))
                    .append("\n\n").append(escape(target.advice())).append("\n\nLayers, lowest first:\n\n");
            for (SketchLayer layer : target.layers()) {
                md.append("- ").append(escape(ReportData.layer(layer))).append('\n');
            }
            if (target.uninsuredUsd() > 0) {
                md.append("- _Uninsured above ").append(Money.usd(target.targetUsd())).append(":_ ")
                        .append(Money.usd(target.uninsuredUsd())).append(", until the loss is made smaller\n");
            }
        }
        List<PlanStep> steps = data.advisory().plan().steps();
        if (steps.isEmpty()) {
            return;
        }
        md.append("\n### The order of approach\n");
        for (int i = 0; i < steps.size(); i++) {
            PlanStep step = steps.get(i);
            md.append("\n#### ").append(i + 1).append(". ").append(escape(step.title())).append("\n\n_")
                    .append(escape(step.does())).append("_\n\n");
            for (PlannedProvider p : step.providers()) {
                md.append("- **").append(escape(p.name())).append("** (#").append(p.position()).append("): ")
                        .append(escape(p.why())).append("\n  - ").append(escape(ReportData.facts(p))).append('\n');
                p.notes().forEach(n -> md.append("  - _Note:_ ").append(escape(n.text())).append(" (")
                        .append(escape(n.basis())).append(")\n"));
            }
        }
    }

    /** The programme schedule and the cover relied on but not held. */
    private static void programme(StringBuilder md, ReportData data) {
        ProgrammeSchedule programme = data.advisory().programme();
        md.append("\n## Programme schedule\n\nYour own theft cover, lowest layer first: each layer pays the part of "
                + "one loss above its attachment, up to its limit for the tier.\n\n");
        if (programme.layers().isEmpty()) {
            md.append("No crime, specie or theft warranty of your own.\n");
        } else {
            md.append("| # | Layer | Line | Attaches at | Up to | Deductible | Tier limits | Perils | Terms |\n");
            md.append("|---:|---|---|---:|---:|---:|---|---|---|\n");
            int n = 1;
            for (ProgrammeLayer l : programme.layers()) {
                md.append("| ").append(n++).append(" | ").append(escape(l.carrier() == null ? l.label() : l.carrier()))
                        .append(" | ").append(l.line()).append(" | ").append(Money.usd(l.attachmentUsd())).append(" | ")
                        .append(Money.usd(l.topUsd())).append(" | ").append(Money.usd(l.deductibleUsd())).append(" | ")
                        .append(l.tierLimitsUsd().isEmpty() ? "none" : ReportData.tierLimits(l)).append(" | ")
                        .append(l.perils().isEmpty() ? "none" : Wording.list(l.perils())).append(" | ")
                        .append(escape(data.form(l))).append(" |\n");
            }
        }
        if (!programme.gaps().isEmpty()) {
            md.append('\n');
            programme.gaps().forEach(g -> md.append("- **Gap:** ").append(escape(data.gap(g))).append('\n'));
        }
        if (!programme.reliedOn().isEmpty()) {
            md.append("\n### Cover you rely on but do not hold\n\nNot counted toward your limits.\n\n");
            md.append("| Policy | Limit | Why it is not yours |\n|---|---:|---|\n");
            for (ReliedOnCover c : programme.reliedOn()) {
                md.append("| ").append(escape(c.label())).append(" | ").append(Money.usd(c.limitUsd())).append(" | ")
                        .append(escape(c.reason())).append(" |\n");
            }
        }
    }

    /** The loss scenarios, largest first, then the losses of the last years to disclose. */
    private static void scenarios(StringBuilder md, Advisory advisory) {
        md.append("\n## Loss scenarios\n\n");
        if (advisory.scenarios().isEmpty()) {
            md.append("The advisory names no loss scenario for this profile.\n");
        } else {
            md.append("Named loss events, largest first, and what your own programme pays for each (retained: the "
                    + "deductible you carry).\n\n");
            md.append("| Scenario | What | Loss | Insured | Retained | Uninsured |\n|---|---|---:|---:|---:|---:|\n");
            for (ScenarioLoss s : advisory.scenarios()) {
                md.append("| ").append(escape(s.name())).append(" | ").append(escape(s.about())).append(" | ")
                        .append(Money.usd(s.lossUsd())).append(" | ").append(Money.usd(s.insuredUsd())).append(" | ")
                        .append(Money.usd(s.retainedUsd())).append(" | ")
                        .append(s.uninsuredUsd() > 0 ? "**" + Money.usd(s.uninsuredUsd()) + "**" : Money.usd(0))
                        .append(" |\n");
            }
        }
        if (!advisory.disclosures().isEmpty()) {
            md.append("\n### Losses to disclose\n\n");
            advisory.disclosures().forEach(d -> md.append("- ").append(escape(d.text())).append('\n'));
        }
    }

    private static String origin(String origin) {
        return origin == null ? "" : " (" + escape(origin) + ")";
    }

    /** The questions the profile leaves open, most decisive first (the fields that answer them: the appendix). */
    private static void questions(StringBuilder md, Advisory advisory) {
        md.append("\n## Open questions\n\n");
        if (advisory.openQuestions().isEmpty()) {
            md.append("None: the profile answers every question the rules rely on.\n");
            return;
        }
        md.append("Most decisive first; a field left out is asked, not taken as a fact.\n\n");
        advisory.openQuestions().forEach(q -> md.append("- ").append(escape(ReportData.question(q))).append('\n'));
    }

    private static void finding(StringBuilder md, Finding f) {
        md.append("\n#### ").append(f.id()).append(": ").append(escape(f.title())).append("\n\n");
        md.append(escape(f.detail())).append("\n\n");
        if (f.remediation() != null) {
            md.append("- **What to do:** ").append(escape(f.remediation())).append('\n');
        }
        if (f.waiverReason() != null) {
            md.append("- **Waived:** ").append(escape(f.waiverReason())).append('\n');
        }
        f.covers().forEach(c -> md.append("- **Covers:** ").append(escape(ReportData.covered(c))).append('\n'));
        md.append("- **Source:** ").append(escape(f.source())).append('\n');
    }

    /** A code span around any text: the fence is longer than any run of backticks inside, and newlines go. */
    static String code(String text) {
        String oneLine = text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
        int longest = 0;
        for (int i = 0, run = 0; i < oneLine.length(); i++) {
            run = oneLine.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = longest > 0 ? " " : "";
        return fence + pad + oneLine + pad + fence;
    }

    /**
     * Makes free text (a firm's name, a finding's detail quoting the profile) plain text in Markdown: on one
     * line, with every character that could start formatting, a heading, a list, a quote, a link or HTML
     * escaped. Underscores inside words (QUALIFIED_CUSTODIAN) are left alone: CommonMark does not read them as
     * emphasis.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
        StringBuilder s = new StringBuilder(oneLine.length() + 16);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            switch (c) {
                case '\\', '*', '|', '`', '[', ']', '#' -> s.append('\\').append(c);
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                default -> s.append(c);
            }
        }
        // a paragraph that begins "- ", "+ ", "= " or "1. " would read as a list or an underline
        if (s.length() > 0 && (("-+=".indexOf(s.charAt(0)) >= 0) || s.toString().matches("\\d+[.)].*"))) {
            int digits = 0;
            while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
                digits++;
            }
            s.insert(digits, '\\');
        }
        return s.toString();
    }
}
