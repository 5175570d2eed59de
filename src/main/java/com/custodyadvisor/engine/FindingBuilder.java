package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Explanation;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.FindingStatus;
import com.custodyadvisor.advisory.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds the finding a rule makes, in the rule's consequence:
 * <pre>
 * advice.finding(kcontext)
 *       .gap("2FA", "/controls/mfa", $c.mfa())
 *       .detail("Org accounts lack {gaps}.")
 *       .remediation("Turn on 2FA for every org account.")
 *       .emit();
 * </pre>
 * Id, title, severity, category and source come from the rule's header; the detail quotes the
 * profile's figures; evidence points into the submitted profile.
 */
public final class FindingBuilder {

    private final Advice advice;
    private final RuleContext kcontext;
    private final RuleInfo rule;
    private final Explanation explanation;
    private Severity severity;
    private String detail;
    private String remediation;
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<String> gaps = new ArrayList<>();

    FindingBuilder(Advice advice, RuleContext kcontext, RuleInfo rule, Explanation explanation) {
        this.advice = advice;
        this.kcontext = kcontext;
        this.rule = rule;
        this.explanation = explanation;
        this.severity = rule.severity();
    }

    /**
     * What was found, in the profile's own figures: a {@link String#format} pattern; {@code {gaps}}
     * stands for the gaps recorded with {@link #gap}.
     */
    public FindingBuilder detail(String format, Object... args) {
        this.detail = args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args);
        return this;
    }

    /** What to do about it. */
    public FindingBuilder remediation(String format, Object... args) {
        this.remediation = args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args);
        return this;
    }

    /** Raises or lowers the rule's default severity; the detail should say why. */
    public FindingBuilder severity(Severity severity) {
        this.severity = severity;
        return this;
    }

    /** Points at a value of the submitted profile by JSON Pointer. */
    public FindingBuilder evidence(String pointer) {
        if (evidence.stream().noneMatch(e -> e.path().equals(pointer))) {
            evidence.add(new Evidence(pointer, advice.valueAt(pointer)));
        }
        return this;
    }

    /** Points at a field of a fact from the profile, e.g. {@code evidence($w, "valueUsd")}. */
    public FindingBuilder evidence(Object fact, String field) {
        String path = advice.pathOf(fact);
        return path == null ? this : evidence(path + "/" + field);
    }

    /** Points at a fact from the profile as a whole, e.g. a policy. */
    public FindingBuilder evidence(Object fact) {
        String path = advice.pathOf(fact);
        return path == null ? this : evidence(path);
    }

    /** Points at the same field of each fact, e.g. {@code evidenceEach($e.wallets(), "valueUsd")}. */
    public FindingBuilder evidenceEach(Collection<?> facts, String field) {
        advice.ordered(facts).forEach(f -> evidence(f, field));
        return this;
    }

    /**
     * Records a control that is not in place: nothing when {@code value} is true; otherwise the label,
     * "not confirmed" (left out) or "not in place" (false), and evidence at the pointer.
     */
    public FindingBuilder gap(String label, String pointer, Boolean value) {
        if (!Boolean.TRUE.equals(value)) {
            gaps.add(label + " (" + Advice.state(value) + ")");
            evidence(pointer);
        }
        return this;
    }

    /** Records a gap worded by the rule itself (no state appended), with evidence at the pointer. */
    public FindingBuilder gap(String text, String pointer) {
        gaps.add(text);
        return evidence(pointer);
    }

    /** True when some {@link #gap} was recorded. */
    public boolean hasGaps() {
        return !gaps.isEmpty();
    }

    /** Adds the finding to the advisory (and to working memory, so other rules can react to it). */
    public void emit() {
        if (detail == null || detail.isBlank()) {
            throw new IllegalStateException("rule \"" + rule.title() + "\" emitted a finding without a detail");
        }
        String text = detail.replace("{gaps}", Advice.list(gaps));
        Finding finding = new Finding(rule.id(), rule.title(), severity, rule.category(), FindingStatus.OPEN, text,
                remediation, rule.source(), List.copyOf(evidence), null, List.of(explanation));
        advice.add(kcontext, finding);
    }
}
