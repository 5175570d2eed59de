package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.LayerGap;
import com.custodyadvisor.advisory.PlannedProvider;
import com.custodyadvisor.advisory.ProgrammeLayer;
import com.custodyadvisor.advisory.ProgrammeTarget;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.advisory.SketchLayer;
import com.custodyadvisor.advisory.WalletAssessment;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.LineSize;
import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.catalog.ProviderRole;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.PolicyLine;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.support.Wording;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the text and Markdown reports share: the profile's firm, the advisory, and the catalogue for
 * providers' names; plus the groupings and wordings both reports use.
 */
record ReportData(Profile profile, Advisory advisory, Catalog catalog) {

    List<Finding> open(Severity severity) {
        return advisory.findings().stream().filter(f -> f.isOpen() && f.severity() == severity).toList();
    }

    List<Finding> waived() {
        return advisory.findings().stream().filter(f -> !f.isOpen()).toList();
    }

    /**
     * Open questions come before the findings when the profile answers fewer than half of what the rules rely on:
     * the findings of such a profile rest mostly on what it did not say.
     */
    boolean questionsFirst() {
        return !advisory.openQuestions().isEmpty() && advisory.completeness().percent() < 50;
    }

    /** "Answered 39 of the 42 questions the rules rely on (92%)". */
    String completenessLine() {
        var c = advisory.completeness();
        return "Answered " + c.answered() + " of the " + c.asked() + " questions the rules rely on (" + c.percent() + "%)";
    }

    /** An open question in a line: "/insurance/brokerEngaged: Is a broker engaged ...? (would settle CL-NO-BROKER)". */
    static String question(com.custodyadvisor.advisory.OpenQuestion q) {
        return q.question() + (q.findings().isEmpty() ? "" : " Would settle " + String.join(", ", q.findings()) + ".")
                + (q.blocksReady() ? " Keeps the verdict from READY." : "");
    }

    /** A covered finding in a line: "BM-HOT-LIMIT-MISMATCH (HIGH), title: detail". */
    static String covered(com.custodyadvisor.advisory.CoveredFinding c) {
        return c.id() + " (" + c.severity() + "), " + c.title() + ": " + c.detail();
    }

    /** 1-based position of a provider in the overall ranking. */
    int position(ProviderMatch match) {
        return advisory.providers().indexOf(match) + 1;
    }

    /** A role as a sentence names it: "warranty provider", "add-on". */
    static String role(ProviderRole role) {
        return role == ProviderRole.ADD_ON ? "add-on" : role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A line as a broker writes it: "crime", "D&O", "staking slashing". */
    static String line(PolicyLine line) {
        return switch (line) {
            case D_AND_O -> "D&O";
            case E_AND_O -> "E&O";
            default -> line.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        };
    }

    /**
     * What a broker approaching the provider should know of it, in one line: lines, tiers, regions and
     * its line size on one risk ("not published" where no source gives it).
     */
    static String facts(PlannedProvider p) {
        LineSize size = p.lineSize();
        return (p.lines().isEmpty() ? "no lines listed" : Wording.list(p.lines().stream().map(ReportData::line).toList()))
                + " · " + (p.storageTiers().isEmpty() ? "no storage tier (not custody cover)"
                        : "tiers " + Wording.list(p.storageTiers()))
                + " · " + p.regionsText()
                + " · line size " + size.text() + (size.isPublished() ? " (" + size.basis() + ")" : "");
    }

    /**
     * The target limit in one line: "60,000,000 USD, for \"Compromise ...\" (the largest loss scenario), a
     * 60,000,000 USD loss: the market writes it whole"; where part stays uninsured, the advice says why.
     */
    static String target(ProgrammeTarget t) {
        return Money.usd(t.targetUsd()) + ", for \"" + t.scenarioName() + "\" (" + t.why() + "), a "
                + Money.usd(t.lossUsd()) + " loss" + (t.uninsuredUsd() > 0 ? "" : ": " + t.buyableWhy());
    }

    /**
     * A layer of the sketch in one line: "Primary to place: 200,000,000 USD xs 0 USD, written by lead insurer or
     * market: Evertas (line not published)", where the title of the plan step that writes it is lower-cased or "CRIME policy (Lead), in force: 100,000,000 USD xs 0 USD".
     */
    static String layer(SketchLayer l) {
        String size = Money.usd(l.limitUsd()) + " xs " + Money.usd(l.attachmentUsd());
        if (l.inForce()) {
            return l.label() + ", in force: " + size;
        }
        String writers = l.writers().isEmpty() ? "no provider in the plan writes it"
                : "written by " + l.stepTitle().toLowerCase(Locale.ROOT) + ": " + l.writers().stream()
                        .map(w -> w.name() + " (line " + w.lineSize() + ")").collect(Collectors.joining(", "));
        return l.label() + ": " + size + ", " + writers;
    }

    String nameOf(String providerId) {
        return catalog.find(providerId).map(Provider::name).orElse(providerId);
    }

    String alternatives(ProviderMatch match) {
        return match.alternatives().stream().map(this::nameOf).collect(Collectors.joining(", "));
    }

    String firmLine() {
        return profile.firm().name() + " (" + profile.firm().type() + ", " + profile.firm().domicile() + ")";
    }

    Map<Severity, Integer> counts() {
        return advisory.summary().counts();
    }

    /** "HOT 50,000,000 USD, WARM 100,000,000 USD" for a layer's tier limits, HOT first. */
    static String tierLimits(ProgrammeLayer layer) {
        return layer.tierLimitsUsd().entrySet().stream().map(e -> e.getKey() + " " + Money.usd(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** "from 0 to 100,000,000 USD" for where a layer sits in the tower. */
    static String band(ProgrammeLayer layer) {
        return Money.usd(layer.attachmentUsd()).replace(" USD", "") + " to " + Money.usd(layer.topUsd());
    }

    /** How a layer takes its terms: "follows the form of CRIME policy (Lead)", or "its own terms". */
    String form(ProgrammeLayer layer) {
        return layer.follows().isEmpty() ? "its own terms"
                : "follows the form of " + Wording.list(layer.follows().stream().map(this::layerLabel).toList());
    }

    /** A gap as a sentence: "No own layer pays from 75,000,000 to 100,000,000 USD on HOT and WARM: ...". */
    String gap(LayerGap gap) {
        return "No own layer pays from " + Money.usd(gap.fromUsd()).replace(" USD", "") + " to " + Money.usd(gap.toUsd())
                + " on " + Wording.list(gap.tiers()) + ": " + layerLabel(gap.above())
                + (gap.below() == null ? " has no primary beneath it."
                        : " attaches above the top of " + layerLabel(gap.below()) + ".");
    }

    private String layerLabel(String path) {
        return advisory.programme().layers().stream().filter(l -> l.path().equals(path)).map(ProgrammeLayer::label)
                .findFirst().orElse(path);
    }

    /** The wallets whose assessed tier differs from the one declared. */
    List<WalletAssessment> reassessedWallets() {
        return advisory.wallets().stream().filter(w -> w.assessedTier() != w.declaredTier()).toList();
    }

    /** True when some tier's assessed value differs from its declared value. */
    boolean exposureReassessed() {
        return !advisory.summary().exposureUsd().equals(advisory.summary().declaredExposureUsd());
    }

    static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
