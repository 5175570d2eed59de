package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Explanation;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.Wallet;
import com.custodyadvisor.regulation.RegimeCheck;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Formattable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds what a rule's consequence says toward its finding:
 * <pre>
 * advice.finding()
 *       .gap("2FA", "/controls/mfa", $c.mfa())
 *       .detail("Org accounts lack {gaps}.")
 *       .emit();
 * </pre>
 * Id, title, severity, category, source, and the remediation and detail pattern where the header gives
 * them, come from the header of the rule that defines the finding; the detail quotes the profile's
 * figures; evidence points into the submitted profile.
 */
public final class FindingBuilder {

    private static final String GAPS = "{gaps}";

    private final Advice advice;
    private final RuleInfo rule;
    private final FindingDefinition definition;
    private final Explanation explanation;
    private Severity severity;
    private String detail;
    private String remediation;
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private final List<String> gaps = new ArrayList<>();
    private final Set<String> concerns = new LinkedHashSet<>();
    private final List<RegimeCheck> checks = new ArrayList<>();

    FindingBuilder(Advice advice, RuleInfo rule, FindingDefinition definition, Explanation explanation) {
        this.advice = advice;
        this.rule = rule;
        this.definition = definition;
        this.explanation = explanation;
        this.severity = definition.severity();
        this.detail = definition.detail();
        this.remediation = definition.remediation();
    }

    /**
     * What was found, in the profile's own figures: a {@link String#format} pattern. {@code {gaps}} stands
     * for the gaps this rule recorded; {@code {items}} for the items of every rule sharing the pattern
     * (joined "A, B and C"), {@code {clauses}} for their clauses (joined "a; b").
     */
    public FindingBuilder detail(String format, Object... args) {
        this.detail = format(format, args);
        return this;
    }

    /** What to do about it, where the header's {@code @remediation} does not say it. */
    public FindingBuilder remediation(String format, Object... args) {
        this.remediation = format(format, args);
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

    /** Points at the same field of each fact, in profile order, e.g. {@code evidenceEach($e.wallets(), "valueUsd")}. */
    public FindingBuilder evidenceEach(Collection<?> facts, String field) {
        advice.ordered(facts).forEach(f -> evidence(f, field));
        return this;
    }

    /** Points at what sets each policy's limits: its limit, and its tier sub-limits where it has them. */
    public FindingBuilder evidenceOfLimits(Collection<Policy> policies) {
        for (Object o : advice.ordered(policies)) {
            Policy p = (Policy) o;
            evidence(p, "limitUsd");
            if (p.mapsTiers()) {
                evidence(p, "tierSublimitsUsd");
            }
        }
        return this;
    }

    /** Points at what makes each wallet spendable by any one key: its key scheme, or its threshold of 1. */
    public FindingBuilder evidenceOfSingleSigners(Collection<?> wallets) {
        advice.ordered(wallets).forEach(w -> evidence(w, ((Wallet) w).singleSignerField()));
        return this;
    }

    /**
     * Records a control that is not in place, for {@code {gaps}}: nothing when {@code value} is true;
     * otherwise the label with "not confirmed" (left out) or "not in place" (false), and evidence at the pointer.
     */
    public FindingBuilder gap(String label, String pointer, Boolean value) {
        return gap(label, pointer, value, Advice.state(value));
    }

    /** Records a gap as above, with the rule's own words for its state, e.g. "you hold Type I". */
    public FindingBuilder gap(String label, String pointer, Boolean value, String state) {
        if (!Boolean.TRUE.equals(value)) {
            gaps.add(label + " (" + state + ")");
            evidence(pointer);
        }
        return this;
    }


    /**
     * Says which gap this part is about, so that a finding declaring {@code @covers} for this one covers it only for
     * the same gap: a tier, a peril, a loss scenario, a wallet or policy, or a word of the rule's own (e.g.
     * {@code "broker"}). A covering part about the same subjects (or about the whole gap, naming none) covers it.
     */
    public FindingBuilder concerns(Object... subjects) {
        for (Object subject : subjects) {
            concerns.add(advice.subjectKey(subject));
        }
        return this;
    }

    /** Points at the field each CCSS aspect's next level needs (a {@code collect} of aspect levels), in CCSS order. */
    public FindingBuilder evidenceOfNextLevels(Collection<?> levels) {
        Advice.inCcssOrder(levels).stream().filter(a -> a.next() != null).forEach(a -> evidence(a.next().path()));
        return this;
    }

    /**
     * Says the finding reports a regulator's check ({@link RegimeCheck}): the fields it read become evidence, the
     * regime's source joins the finding's, and the severity is weighed by the figure's certainty when the part is
     * emitted (data/regimes.yaml, {@code certainty}: a summary lowers it, an unconfirmed figure lowers and caps it).
     */
    public FindingBuilder check(RegimeCheck check) {
        checks.add(check);
        check.pointers().forEach(this::evidence);
        return this;
    }

    /** Adds an item to the detail's {@code {items}}. */
    public FindingBuilder item(String text) {
        items.add(text);
        return this;
    }

    /** Adds each text to the detail's {@code {items}}. */
    public FindingBuilder items(Collection<?> texts) {
        texts.forEach(t -> items.add(String.valueOf(t)));
        return this;
    }

    /** Adds a clause to the detail's {@code {clauses}}: a {@link String#format} pattern and its figures. */
    public FindingBuilder clause(String format, Object... args) {
        items.add(format(format, args));
        return this;
    }

    /** Adds what this rule says to the advisory (and the finding to working memory, so rules can react to it). */
    public void emit() {
        if (detail == null || detail.isBlank()) {
            throw new IllegalStateException("rule \"" + rule.title() + "\" emitted a finding without a detail");
        }
        String gapList = Advice.list(gaps);
        Severity weighed = severity;
        for (RegimeCheck check : checks) {
            Severity w = advice.ruleSet().regimes().weighing(check.certainty()).weigh(severity);
            weighed = w.ordinal() > weighed.ordinal() ? w : weighed;
        }
        advice.add(new FindingPart(definition, advice.order(rule), weighed, detail.replace(GAPS, gapList),
                items.stream().map(i -> i.replace(GAPS, gapList)).toList(), remediation, List.copyOf(evidence),
                explanation, List.copyOf(checks), rule.covers(), Set.copyOf(concerns)));
    }

    /** A {@link String#format} pattern with its figures, or the text as it is when there are none. */
    static String format(String format, Object... args) {
        if (args.length == 0) {
            return format;
        }
        String plain = plainFormat(format, args);
        return plain != null ? plain : String.format(Locale.ROOT, format, args);
    }

    /**
     * What {@link String#format} gives, worked out directly where the pattern has only {@code %s} and {@code %d} of
     * whole numbers (what the rules write, hundreds of times per advisory); null for anything else, which the
     * formatter then does (flags, widths, other conversions, a figure missing).
     */
    private static String plainFormat(String format, Object[] args) {
        StringBuilder out = new StringBuilder(format.length() + 16 * args.length);
        int next = 0;
        int from = 0;
        for (int at = format.indexOf('%'); at >= 0; at = format.indexOf('%', from)) {
            if (at + 1 >= format.length() || next >= args.length) {
                return null;
            }
            char conversion = format.charAt(at + 1);
            Object arg = args[next++];
            out.append(format, from, at);
            if (conversion == 's' && !(arg instanceof Formattable)) {
                out.append(arg);
            } else if (conversion == 'd' && (arg instanceof Integer || arg instanceof Long)) {
                out.append(((Number) arg).longValue());
            } else {
                return null;
            }
            from = at + 2;
        }
        return out.append(format, from, format.length()).toString();
    }
}
