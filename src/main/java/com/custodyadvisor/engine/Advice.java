package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Explanation;
import com.custodyadvisor.advisory.Explanation.MatchedFact;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.engine.facts.FirmNeed;
import com.custodyadvisor.engine.facts.FitReason;
import com.custodyadvisor.engine.facts.ProviderExcluded;
import com.custodyadvisor.engine.facts.TierExposure;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Need;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.Wallet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import tools.jackson.databind.JsonNode;

/**
 * What rule consequences write to: the DRL global {@code advice}, one per advisory. Rules make
 * findings with {@link #finding}, derive needs with {@link #need}, score providers with {@link #fit}
 * and leave them out with {@link #exclude}; the helpers format the profile's figures for details.
 */
public final class Advice {

    private final Profile profile;
    private final JsonNode tree;
    private final FactPaths paths;
    private final Map<String, RuleInfo> rulesByTitle;
    private final LocalDate today;
    private final List<Finding> findings = new ArrayList<>();
    private final List<FirmNeed> needs = new ArrayList<>();
    private final List<FitReason> fits = new ArrayList<>();
    private final List<ProviderExcluded> exclusions = new ArrayList<>();

    Advice(Profile profile, JsonNode tree, Map<String, RuleInfo> rulesByTitle, LocalDate today) {
        this.profile = profile;
        this.tree = tree;
        this.paths = new FactPaths(profile);
        this.rulesByTitle = rulesByTitle;
        this.today = today;
    }

    // ---- what rules produce --------------------------------------------------------------------

    /** Starts the finding the current rule makes; finish it with {@link FindingBuilder#emit()}. */
    public FindingBuilder finding(RuleContext kcontext) {
        return new FindingBuilder(this, kcontext, rule(kcontext), explain(kcontext));
    }

    /** Derives a need from the profile: providers serving it become candidates. */
    public void need(RuleContext kcontext, Need need, String why, String pointer) {
        FirmNeed fact = new FirmNeed(need, false, why, pointer);
        needs.add(fact);
        kcontext.getKieRuntime().insert(fact);
    }

    /** Adds a reason, with its weight, to a provider's fit; the provider becomes a candidate. */
    public void fit(RuleContext kcontext, Provider provider, int weight, String reason) {
        addFit(kcontext, new FitReason(provider.id(), weight, reason, true, rule(kcontext).id()));
    }

    /** Adds a reason that raises a candidate's fit but does not make a provider a candidate on its own. */
    public void bonus(RuleContext kcontext, Provider provider, int weight, String reason) {
        addFit(kcontext, new FitReason(provider.id(), weight, reason, false, rule(kcontext).id()));
    }

    private void addFit(RuleContext kcontext, FitReason fact) {
        fits.add(fact);
        kcontext.getKieRuntime().insert(fact);
    }

    /** Leaves a provider out of the recommendations, whatever its fit. */
    public void exclude(RuleContext kcontext, Provider provider, String reason) {
        ProviderExcluded fact = new ProviderExcluded(provider.id(), reason);
        exclusions.add(fact);
        kcontext.getKieRuntime().insert(fact);
    }

    // ---- helpers for details -------------------------------------------------------------------

    /** "50,000,000 USD". */
    public static String usd(double amount) {
        return Money.usd(amount);
    }

    /** "2.5%" of the whole. */
    public static String percent(double part, double whole) {
        return Money.percent(part, whole);
    }

    /** How a control flag reads: "in place", "not in place" (false) or "not confirmed" (left out). */
    public static String state(Boolean flag) {
        return flag == null ? "not confirmed" : flag ? "in place" : "not in place";
    }

    /** "A, B and C". */
    public static String list(Collection<?> items) {
        List<String> texts = items.stream().map(String::valueOf).toList();
        if (texts.size() <= 1) {
            return String.join("", texts);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
    }

    /**
     * The facts in the order the profile lists them (wallets by index, then policies by index); a
     * {@code collect} hands them over in the order the engine met them, which reads backwards.
     */
    public List<Object> ordered(Collection<?> facts) {
        List<Object> sorted = new ArrayList<>(facts);
        sorted.sort(java.util.Comparator.comparing(f -> paths.pathOf(f) == null ? "~" : paths.pathOf(f),
                AdvisoryAssembler::comparePointers));
        return sorted;
    }

    /** The day the advisory is made. */
    public LocalDate today() {
        return today;
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

    JsonNode valueAt(String pointer) {
        JsonNode value = tree.at(pointer);
        return value.isMissingNode() ? null : value;
    }

    void add(RuleContext kcontext, Finding finding) {
        findings.add(finding);
        kcontext.getKieRuntime().insert(finding);
    }

    List<Finding> findings() {
        return findings;
    }

    List<FirmNeed> derivedNeeds() {
        return needs;
    }

    List<FitReason> fits() {
        return fits;
    }

    List<ProviderExcluded> exclusions() {
        return exclusions;
    }

    private RuleInfo rule(RuleContext kcontext) {
        RuleInfo info = rulesByTitle.get(kcontext.getRule().getName());
        if (info == null) {
            throw new IllegalStateException("no metadata for rule \"" + kcontext.getRule().getName() + "\"");
        }
        return info;
    }

    private Explanation explain(RuleContext kcontext) {
        RuleInfo info = rule(kcontext);
        List<MatchedFact> matched = new ArrayList<>();
        for (Object fact : kcontext.getMatch().getObjects()) {
            matched.add(new MatchedFact(factName(fact), paths.pathOf(fact), summarize(fact)));
        }
        return new Explanation(info.title(), info.file(), info.line(), matched);
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
            return n.need() + (n.stated() ? " (stated)" : " (derived: " + n.why() + ")");
        }
        if (fact instanceof Finding f) {
            return f.id();
        }
        if (fact instanceof Collection<?> c) {
            return c.size() + " item(s)" + (c.isEmpty() ? "" : ": " + c.stream().map(this::summarizeItem)
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        return null;
    }
}
