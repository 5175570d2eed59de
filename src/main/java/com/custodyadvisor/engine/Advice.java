package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Disclosure;
import com.custodyadvisor.advisory.Explanation;
import com.custodyadvisor.advisory.Explanation.MatchedFact;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.FindingStatus;
import com.custodyadvisor.advisory.FirmNeed;
import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.ccss.AspectLevel;
import com.custodyadvisor.ccss.CcssAssessment;
import com.custodyadvisor.engine.facts.ProviderExcluded;
import com.custodyadvisor.exposure.AssessedWallet;
import com.custodyadvisor.exposure.Exposure;
import com.custodyadvisor.exposure.Layer;
import com.custodyadvisor.exposure.LayerPayment;
import com.custodyadvisor.exposure.LossScenario;
import com.custodyadvisor.exposure.TierExposure;
import com.custodyadvisor.exposure.TowerGap;
import com.custodyadvisor.exposure.VendorHolding;
import com.custodyadvisor.plan.TargetScenario;
import com.custodyadvisor.profile.AssuranceReport;
import com.custodyadvisor.profile.LossEvent;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Need;
import com.custodyadvisor.profile.Peril;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.Soc2Report;
import com.custodyadvisor.profile.SubCustodian;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.profile.Wallet;
import com.custodyadvisor.regulation.LimitCheck;
import com.custodyadvisor.regulation.Regulation;
import com.custodyadvisor.support.Wording;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
    private final Exposure exposure;
    private final Regulation regulation;
    private final CcssAssessment ccss;
    private final JsonNode tree;
    private final FactPaths paths;
    private final FiringMonitor monitor;
    private final List<FindingPart> parts = new ArrayList<>();
    private final List<FirmNeed> needs = new ArrayList<>();
    private final List<ProviderExcluded> exclusions = new ArrayList<>();
    private final Map<String, LossScenario> scenarios = new LinkedHashMap<>();
    private final List<Disclosure> disclosures = new ArrayList<>();
    private final boolean explain;
    private TargetScenario target;
    private KieSession session;

    /** @param explain whether findings carry the rule and facts behind them (null explanations otherwise) */
    Advice(RuleSet ruleSet, Profile profile, Exposure exposure, Regulation regulation, CcssAssessment ccss,
           JsonNode tree, FiringMonitor monitor, boolean explain) {
        this.ruleSet = ruleSet;
        this.explain = explain;
        this.profile = profile;
        this.exposure = exposure;
        this.regulation = regulation;
        this.ccss = ccss;
        this.tree = tree;
        this.paths = new FactPaths(profile, exposure);
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

    /**
     * Starts a loss scenario the running rule declares; finish it with {@link ScenarioBuilder#declare()}. Its name
     * is the title of the rule that defines the rule's id.
     */
    public ScenarioBuilder scenario(String id) {
        RuleInfo rule = ruleSet.info(monitor.current().getRule());
        return new ScenarioBuilder(this, id, ruleSet.definition(rule.id()).title());
    }

    /** Derives a need from the profile: providers serving it are ranked for it. */
    public void need(Need need, String why, String pointer) {
        FirmNeed fact = new FirmNeed(need, false, why, pointer);
        needs.add(fact);
        session.insert(fact);
    }

    /**
     * Discloses a loss of the profile's history to underwriters: the advisory lists it under {@code disclosures},
     * latest first, with the sentence given.
     */
    public void disclose(LossEvent loss, String text) {
        String pointer = pathOf(loss);
        if (disclosures.stream().noneMatch(d -> d.pointer().equals(pointer))) {
            disclosures.add(new Disclosure(pointer, loss.date(), loss.amountUsd(), loss.cause(), loss.status(),
                    loss.notifiedUnder(), text));
        }
    }

    /**
     * Names the loss scenario the programme's limit is sized to, and why that one; the plan works out the target
     * limit and its layers from it. The first rule to name one decides.
     */
    public void target(LossScenario scenario, String why) {
        if (target == null) {
            target = new TargetScenario(scenario, why, profile.insurance().requested().limitUsd());
        }
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

    /** The text with its first letter upper-case, for a sentence that starts with a helper's words. */
    public static String capitalize(String text) {
        return Wording.capitalize(text);
    }

    /** How a wallet signs (a Wallet or an AssessedWallet): "one key signing alone", "MULTISIG 3-of-5". */
    public String signing(Object wallet) {
        Wallet w = assessed(wallet).wallet();
        if (w.isSingleSignature()) {
            return "one key signing alone";
        }
        if (w.keyScheme() == null) {
            return "a signing scheme not given";
        }
        return w.keyScheme() + (w.threshold() == null ? " with a threshold not given"
                : " " + w.threshold() + "-of-" + (w.keyShares() == null ? "?" : w.keyShares()));
    }

    /** "one insider", "2 insiders": a count and a noun that takes an s. */
    public static String count(int n, String noun) {
        return (n == 1 ? "one " + noun : n + " " + noun + "s");
    }

    /** "daily", "every 7 days": how often, for a number of days. */
    public static String everyDays(int days) {
        return days == 1 ? "daily" : "every " + days + " days";
    }

    /** A value of a profile's list of choices in words: WEEKLY "weekly", AD_HOC "ad hoc". */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** "1 site", "3 sites", or "sites not given". */
    public static String sites(Integer count) {
        return count == null ? "sites not given" : count + (count == 1 ? " site" : " sites");
    }

    /** Where the profile says what it holds for clients: clientAssetsUsd when given, else aumUsd. */
    public String clientAssetsPointer() {
        return profile.holdings().clientAssetsUsd() != null ? "/holdings/clientAssetsUsd" : "/holdings/aumUsd";
    }

    /** What each assessed tier holds, HOT first, tiers holding nothing left out: "HOT 2,000,000 USD and COLD 5,000,000 USD". */
    public String tierValues() {
        return list(Exposure.HOT_FIRST.stream()
                .filter(t -> exposure.assessedUsd().getOrDefault(t, 0L) > 0)
                .map(t -> t + " " + usd(exposure.assessedUsd().get(t))).toList());
    }

    /** A loss in words: "5,000,000 USD lost to EXTERNAL_THEFT, discovered 2026-11-02". */
    public static String lossText(LossEvent loss) {
        return (loss.amountUsd() == null ? "an amount not given" : usd(loss.amountUsd())) + " lost to "
                + (loss.cause() == null ? "a cause not given" : loss.cause()) + ", discovered "
                + (loss.date() == null ? "on a date not given" : loss.date());
    }

    /**
     * How much of the notice period is left on the day: "64 days left of the 90-day notice period (until 2027-01-31)",
     * or how long ago it ended, or that the discovery date is needed to tell.
     */
    public static String noticeLeft(LossEvent loss, LocalDate today, int days) {
        if (loss.date() == null) {
            return "the " + days + "-day notice period runs from discovery, whose date is not given";
        }
        LocalDate until = loss.date().plusDays(days);
        long left = ChronoUnit.DAYS.between(today, until);
        return left >= 0 ? count((int) left, "day") + " left of the " + days + "-day notice period (until " + until + ")"
                : "the " + days + "-day notice period ended on " + until + ", " + count((int) -left, "day") + " ago";
    }

    /** The carriers to notify of a loss: the one it names, else those of the firm's own theft cover, else any carrier. */
    public String carriersToNotify(LossEvent loss) {
        if (loss.notifiedUnder() != null && !loss.notifiedUnder().isBlank()) {
            return loss.notifiedUnder();
        }
        List<String> carriers = profile.ownTheftPolicies().stream().map(Policy::carrier)
                .filter(c -> c != null && !c.isBlank()).distinct().toList();
        return carriers.isEmpty() ? "every carrier whose policy could respond" : list(carriers);
    }

    /**
     * What evidence of a holder of the firm's keys is missing: its assurance report (not confirmed, a Type I, stale)
     * and its cover naming the firm; "evidence to obtain" when the profile names it and nothing more.
     */
    public static String custodianEvidence(SubCustodian holder, LocalDate today, int staleMonths) {
        if (holder == null) {
            return "its assurance report and cover not given";
        }
        List<String> gaps = new ArrayList<>();
        AssuranceReport r = holder.assuranceReport();
        if (r == null) {
            gaps.add("assurance report not confirmed");
        } else if (!r.isControlsTypeII()) {
            gaps.add("its report is " + r.kind() + ", not a Type II");
        } else if (r.isStaleOn(today, staleMonths)) {
            gaps.add("its " + r.kind() + " ended " + r.periodEnd() + ", more than " + staleMonths + " months ago");
        } else {
            gaps.add("its " + r.kind() + " report" + (r.periodEnd() == null ? "" : " to " + r.periodEnd()) + " is current: obtain a copy");
        }
        // cover known not to name the firm is judged by FAQ-PLATFORM-CLAIMS, not asked for again here
        if (!Boolean.FALSE.equals(holder.namesFirm())) {
            gaps.add("its crime cover" + limitOf(holder) + (Boolean.TRUE.equals(holder.namesFirm()) ? " names you"
                    : " naming you not confirmed"));
        }
        return String.join("; ", gaps);
    }

    /** " of 320,000,000 USD" for a sub-custodian whose cover's limit is given, else nothing. */
    public static String limitOf(SubCustodian holder) {
        return holder.insuranceLimitUsd() == null ? "" : " of " + usd(holder.insuranceLimitUsd());
    }

    /**
     * The limits of regulators' checks, strictest first: "EU (...) 4 hours and US-NY (NYDFS) 72 hours" (a
     * {@code collect} of {@link LimitCheck}s).
     */
    public static String limits(Collection<?> checks) {
        return list(checks.stream().map(c -> (LimitCheck) c).sorted(Comparator.comparingInt(LimitCheck::limit))
                .map(c -> c.regimeLabel() + " " + c.limit() + " " + c.unit()).distinct().toList());
    }

    /**
     * CCSS aspects (a {@code collect} of {@link AspectLevel}s) in CCSS order, each at its level with what its next
     * level needs first: "1.03 Key storage at level 1 (1.03 L2, backups are tamper-evident: not in place); 1.04 ...".
     */
    public static String aspects(Collection<?> levels) {
        return inCcssOrder(levels).stream().map(a -> a.label() + " at level " + a.level()
                + (a.next() == null ? "" : " (" + a.unmet() + ")")).collect(Collectors.joining("; "));
    }

    /** CCSS aspect levels in the standard's order. */
    static List<AspectLevel> inCcssOrder(Collection<?> levels) {
        return levels.stream().map(l -> (AspectLevel) l).sorted(Comparator.comparing(AspectLevel::aspect)).toList();
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

    /**
     * How a tier's holding reads in a detail: "HOT wallets hold 90,000,000 USD", or, where the tiers an underwriter
     * would assign differ from those declared, "on the tiers an underwriter would assign, HOT wallets hold
     * 150,000,000 USD (30,000,000 USD as declared)".
     */
    public static String tierHolds(TierExposure e) {
        String holds = e.tier() + " wallets hold " + usd(e.valueUsd());
        return e.isReassessed() ? "on the tiers an underwriter would assign, " + holds + " (" + usd(e.declaredValueUsd())
                + " as declared)" : holds;
    }

    /**
     * What the firm's own layers pay toward a scenario: "CRIME policy (Lead) pays 47,500,000 USD after its
     * 2,500,000 USD deductible and CRIME policy (Excess A), attaching at 100,000,000 USD, is not reached"; where
     * none pays, why: no own theft cover, none for the tier, or none naming the perils.
     */
    public List<String> payments(LossScenario s) {
        List<String> parts = new ArrayList<>();
        for (LayerPayment p : s.response().payments()) {
            long deductible = p.respondsUsd() - p.paysUsd();
            parts.add(p.layer().policy().label() + " pays " + usd(p.paysUsd())
                    + (deductible > 0 ? " after its " + usd(deductible) + " deductible" : ""));
        }
        List<Layer> forTiers = exposure.programme().layers().stream()
                .filter(l -> s.tiers().stream().anyMatch(l::respondsTo)).toList();
        for (Layer layer : forTiers) {
            if (layer.respondsToAny(s.perils()) && layer.attachmentUsd() >= s.response().lossUsd()) {
                parts.add(layer.policy().label() + ", attaching at " + usd(layer.attachmentUsd()) + ", is not reached");
            }
        }
        if (!parts.isEmpty() || s.response().lossUsd() == 0) {
            return parts;
        }
        if (exposure.programme().layers().isEmpty()) {
            return List.of("you hold no crime or specie cover of your own");
        }
        return List.of(forTiers.isEmpty() ? "no policy of your own covers " + list(s.tiers())
                : "no policy of your own names " + (s.perils().size() == 1 ? "" : "any of ") + list(s.perils()));
    }

    /**
     * The key a subject of {@link FindingBuilder#concerns} compares by: "tier:HOT", "peril:VENDOR_BREACH",
     * "scenario:HOT_TIER_COMPROMISE", a wallet's or policy's pointer, or the text itself.
     */
    String subjectKey(Object subject) {
        if (subject instanceof Tier t) {
            return "tier:" + t;
        }
        if (subject instanceof Peril p) {
            return "peril:" + p;
        }
        if (subject instanceof LossScenario s) {
            return "scenario:" + s.id();
        }
        String path = subject instanceof AssessedWallet a ? paths.pathOf(a.wallet()) : paths.pathOf(subject);
        return path != null ? path : String.valueOf(subject);
    }

    /** The profile being assessed. */
    public Profile profile() {
        return profile;
    }

    /** What the money side of the profile reads as: assessed tiers, the own programme, vendor holdings. */
    public Exposure exposure() {
        return exposure;
    }

    /** The regimes that apply to the profile and how it stands against each of their figures. */
    public Regulation regulation() {
        return regulation;
    }

    /** The CCSS level the profile supports, aspect by aspect. */
    public CcssAssessment ccss() {
        return ccss;
    }

    /** The JSON Pointer of a fact from the profile (a wallet, a policy, a section), or null. */
    public String pathOf(Object fact) {
        return paths.pathOf(fact);
    }

    // ---- for the advisor -----------------------------------------------------------------------

    void bind(KieSession session) {
        this.session = session;
    }

    JsonNode tree() {
        return tree;
    }

    JsonNode valueAt(String pointer) {
        JsonNode value = tree.at(pointer);
        return value.isMissingNode() ? null : value;
    }

    int order(RuleInfo rule) {
        return ruleSet.order(rule);
    }

    RuleSet ruleSet() {
        return ruleSet;
    }

    void add(FindingPart part) {
        parts.add(part);
        FindingDefinition d = part.definition();
        // rules may react to findings (e.g. count the serious ones): each part is one as far as they can see
        session.insert(new Finding(d.id(), d.title(), part.severity(), d.category(), FindingStatus.OPEN,
                FindingPart.render(part.pattern(), part.items()), part.remediation(), d.source(), part.evidence(), null,
                part.explanation() == null ? null : List.of(part.explanation()), List.of()));
    }

    /** The wallet with its assessed tier, for a Wallet or an AssessedWallet. */
    AssessedWallet assessed(Object wallet) {
        if (wallet instanceof AssessedWallet a) {
            return a;
        }
        return exposure.wallets().stream().filter(a -> a.wallet() == wallet).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a wallet of this profile: " + wallet));
    }

    void add(LossScenario scenario) {
        if (scenarios.putIfAbsent(scenario.id(), scenario) == null) {
            session.insert(scenario);
        }
    }

    /** The scenarios the rules declared, in the order they were declared. */
    List<LossScenario> scenarios() {
        return List.copyOf(scenarios.values());
    }

    /** The scenario a rule sized the programme to, or null where none did (no loss scenario). */
    TargetScenario target() {
        return target;
    }

    List<FindingPart> parts() {
        return parts;
    }

    /** Stated needs in profile order, then derived ones in the order rules derived them. */
    List<FirmNeed> needs() {
        return needs;
    }

    /** The losses rules disclosed, latest first (undated last). */
    List<Disclosure> disclosures() {
        List<Disclosure> sorted = new ArrayList<>(disclosures);
        sorted.sort(Comparator.comparing(Disclosure::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return sorted;
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
            return e.tier() + " " + usd(e.valueUsd()) + " in " + e.wallets().size() + " wallet(s), as assessed";
        }
        if (fact instanceof AssessedWallet a) {
            return a.label() + ": declared " + a.declaredTier() + ", assessed " + a.tier() + ", " + usd(a.valueUsd());
        }
        if (fact instanceof LossScenario l) {
            return l.id() + ": loss " + usd(l.lossUsd()) + ", uninsured " + usd(l.uninsuredUsd());
        }
        if (fact instanceof TowerGap g) {
            return "gap from " + usd(g.fromUsd()) + " to " + usd(g.toUsd()) + " under " + g.above().label();
        }
        if (fact instanceof VendorHolding v) {
            return v.provider() + ": " + usd(v.valueUsd()) + " in " + v.wallets().size() + " wallet(s)";
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
