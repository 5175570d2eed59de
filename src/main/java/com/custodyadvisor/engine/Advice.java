package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Explanation;
import com.custodyadvisor.advisory.Explanation.MatchedFact;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.FindingStatus;
import com.custodyadvisor.advisory.FirmNeed;
import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.engine.facts.ProviderExcluded;
import com.custodyadvisor.engine.facts.TierExposure;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Need;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.Soc2Report;
import com.custodyadvisor.profile.Wallet;
import com.custodyadvisor.support.Wording;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import tools.jackson.databind.JsonNode;

/**
 * What rule consequences write to: the DRL global {@code advice}, one per advisory. Rules make findings
 * with {@link #finding}, derive needs with {@link #need} and leave providers out with {@link #exclude};
 * the helpers word the profile's figures for details. The rule whose consequence runs is known from the
 * session ({@link FiringMonitor}), so consequences pass nothing of their own.
 */
public final class Advice {

    private static final Map<Double, String> FRACTIONS = Map.of(0.5, "half", 1.0 / 3, "a third", 0.25, "a quarter",
            0.2, "a fifth", 0.1, "a tenth");

    private final RuleSet ruleSet;
    private final Profile profile;
    private final JsonNode tree;
    private final FactPaths paths;
    private final FiringMonitor monitor;
    private final List<FindingPart> parts = new ArrayList<>();
    private final List<FirmNeed> needs = new ArrayList<>();
    private final List<ProviderExcluded> exclusions = new ArrayList<>();
    private final boolean explain;
    private KieSession session;

    /** @param explain whether findings carry the rule and facts behind them (null explanations otherwise) */
    Advice(RuleSet ruleSet, Profile profile, JsonNode tree, FiringMonitor monitor, boolean explain) {
        this.ruleSet = ruleSet;
        this.explain = explain;
        this.profile = profile;
        this.tree = tree;
        this.paths = new FactPaths(profile);
        this.monitor = monitor;
        for (int i = 0; i < profile.needs().size(); i++) {
            needs.add(FirmNeed.stated(profile.needs().get(i), i));
        }
    }

    // ---- what rules produce --------------------------------------------------------------------

    /** Starts what the running rule says toward its finding; finish it with {@link FindingBuilder#emit()}. */
    public FindingBuilder finding() {
        Match match = monitor.current();
        RuleInfo rule = ruleSet.info(match.getRule());
        return new FindingBuilder(this, rule, ruleSet.definition(rule.id()), explain ? explain(rule, match) : null);
    }

    /** Derives a need from the profile: providers serving it are ranked for it. */
    public void need(Need need, String why, String pointer) {
        FirmNeed fact = new FirmNeed(need, false, why, pointer);
        needs.add(fact);
        session.insert(fact);
    }

    /** Leaves a provider out of the recommendations, whatever its fit. */
    public void exclude(Provider provider, String reason) {
        ProviderExcluded fact = new ProviderExcluded(provider.id(), reason);
        exclusions.add(fact);
        session.insert(fact);
    }

    // ---- helpers for details -------------------------------------------------------------------

    /** "50,000,000 USD". */
    public static String usd(Number amount) {
        return Money.usd(amount.doubleValue());
    }

    /** "2.5%" of the whole. */
    public static String percent(Number part, Number whole) {
        return Money.percent(part.doubleValue(), whole.doubleValue());
    }

    /** A share (a ratio parameter) as a percentage: 0.02 is "2%". */
    public static String percent(double share) {
        return Money.percent(share, 1);
    }

    /** A share in words where there are some: 0.1 is "a tenth", 0.5 "half"; otherwise a percentage. */
    public static String fraction(double share) {
        return FRACTIONS.entrySet().stream().filter(e -> Math.abs(e.getKey() - share) < 1e-9).map(Map.Entry::getValue)
                .findFirst().orElse(percent(share));
    }

    /** How a control flag reads: "in place", "not in place" (false) or "not confirmed" (left out). */
    public static String state(Boolean flag) {
        return flag == null ? "not confirmed" : flag ? "in place" : "not in place";
    }

    /** How a SOC 2 report reads as a gap: "not confirmed" (left out), "you hold none", "you hold Type I". */
    public static String state(Soc2Report report) {
        return report == null ? "not confirmed" : "you hold " + report.describe();
    }

    /** "A, B and C". */
    public static String list(Collection<?> items) {
        return Wording.list(items);
    }

    /** The labels of wallets or policies, in profile order: "\"hot\" and \"warm\"" via {@link #list}. */
    public List<String> labels(Collection<?> facts) {
        return ordered(facts).stream().map(Advice::label).toList();
    }

    /** For each policy, in profile order, the tiers it covers: "CRIME policy (X) covers COLD and HOT". */
    public List<String> tierCoverage(Collection<Policy> policies) {
        return ordered(policies).stream().map(o -> (Policy) o)
                .map(p -> p.label() + " covers " + (p.tiersCovered().isEmpty() ? "no tier" : list(p.tiersCovered())))
                .toList();
    }

    /**
     * The facts in the order the profile lists them (wallets by index, then policies by index); a
     * {@code collect} hands them over in the order the engine met them, which reads backwards.
     */
    public List<Object> ordered(Collection<?> facts) {
        List<Object> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparing(f -> paths.pathOf(f) == null ? "~" : paths.pathOf(f),
                AdvisoryAssembler::comparePointers));
        return sorted;
    }

    /** The profile being assessed. */
    public Profile profile() {
        return profile;
    }

    /** The JSON Pointer of a fact from the profile (a wallet, a policy, a section), or null. */
    public String pathOf(Object fact) {
        return paths.pathOf(fact);
    }

    // ---- for the advisor -----------------------------------------------------------------------

    void bind(KieSession session) {
        this.session = session;
    }

    JsonNode valueAt(String pointer) {
        JsonNode value = tree.at(pointer);
        return value.isMissingNode() ? null : value;
    }

    int order(RuleInfo rule) {
        return ruleSet.order(rule);
    }

    void add(FindingPart part) {
        parts.add(part);
        FindingDefinition d = part.definition();
        // rules may react to findings (e.g. count the serious ones): each part is one as far as they can see
        session.insert(new Finding(d.id(), d.title(), part.severity(), d.category(), FindingStatus.OPEN,
                FindingPart.render(part.pattern(), part.items()), part.remediation(), d.source(), part.evidence(), null,
                part.explanation() == null ? null : List.of(part.explanation())));
    }

    List<FindingPart> parts() {
        return parts;
    }

    /** Stated needs in profile order, then derived ones in the order rules derived them. */
    List<FirmNeed> needs() {
        return needs;
    }

    List<ProviderExcluded> exclusions() {
        return exclusions;
    }

    private Explanation explain(RuleInfo rule, Match match) {
        List<MatchedFact> matched = new ArrayList<>();
        for (Object fact : match.getObjects()) {
            // the engine's own initial fact (matched by a pattern that starts with "not" or "from") is no fact
            // of the profile's: an analyst has nothing to look up in it
            if (!fact.getClass().getName().startsWith("org.drools.")) {
                matched.add(new MatchedFact(factName(fact), paths.pathOf(fact), summarize(fact)));
            }
        }
        return new Explanation(rule.title(), rule.file(), rule.line(), matched);
    }

    private static String label(Object fact) {
        return fact instanceof Wallet w ? w.label() : fact instanceof Policy p ? p.label() : String.valueOf(fact);
    }

    /**
     * The fact's type as DRL names it ("Wallet", "Policy"); what a pattern collected or accumulated is named
     * by what it is, not by the Java class that happens to hold it ("ArrayList").
     */
    private static String factName(Object fact) {
        if (fact instanceof Collection<?>) {
            return "collected";
        }
        if (fact instanceof Number) {
            return "accumulated";
        }
        return fact.getClass().getPackageName().startsWith("java.") ? "value" : fact.getClass().getSimpleName();
    }

    private String summarizeItem(Object item) {
        String path = paths.pathOf(item);
        String summary = summarize(item);
        return path == null ? String.valueOf(summary) : path + (summary == null ? "" : " " + summary);
    }

    private String summarize(Object fact) {
        if (fact instanceof Wallet w) {
            return w.label() + ": " + w.tier() + ", " + usd(w.valueUsd());
        }
        if (fact instanceof Policy p) {
            return p.label() + ", limit " + usd(p.limitUsd());
        }
        if (fact instanceof TierExposure e) {
            return e.tier() + " " + usd(e.valueUsd()) + " in " + e.wallets().size() + " wallet(s)";
        }
        if (fact instanceof Provider p) {
            return p.id();
        }
        if (fact instanceof FirmNeed n) {
            return n.describe();
        }
        if (fact instanceof Finding f) {
            return f.id();
        }
        if (fact instanceof Collection<?> c) {
            return c.size() + " item(s)" + (c.isEmpty() ? "" : ": " + c.stream().map(this::summarizeItem)
                    .collect(Collectors.joining("; ")));
        }
        return null;
    }
}
