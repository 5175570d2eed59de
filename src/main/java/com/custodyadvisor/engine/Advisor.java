package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.ccss.CcssAssessment;
import com.custodyadvisor.engine.facts.LoadedRules;
import com.custodyadvisor.engine.facts.Today;
import com.custodyadvisor.exposure.Exposure;
import com.custodyadvisor.improvement.Assessed;
import com.custodyadvisor.improvement.ImprovementSearch;
import com.custodyadvisor.profile.InvalidProfileException;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.regulation.Regulation;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import tools.jackson.databind.JsonNode;

/**
 * The one facade both doors call: a validated profile in, an advisory out. Holds a compiled rule set
 * and a catalogue (immutable, shared across threads) and runs each advisory in a session of its own.
 */
public final class Advisor {

    /** Rule firings allowed per advisory; the shipped rules need a few hundred at most. */
    public static final int DEFAULT_FIRING_LIMIT = 10_000;

    /** Time allowed per advisory; the shipped rules need under a millisecond. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** The name rule files declare the {@link Advice} global under. */
    public static final String GLOBAL = "advice";

    private final RuleSet ruleSet;
    private final Catalog catalog;
    private final int firingLimit;
    private final Clock clock;
    private final LoadedRules loadedRules;
    private final Duration timeout;
    private final boolean declaresAdvice;
    private final ProfileReader reader;
    private final boolean improves;
    private final ImprovementSearch search;
    private final AdvisoryStats stats = new AdvisoryStats();

    public Advisor(RuleSet ruleSet, Catalog catalog) {
        this(ruleSet, catalog, DEFAULT_FIRING_LIMIT, Clock.systemUTC());
    }

    public Advisor(RuleSet ruleSet, Catalog catalog, int firingLimit, Clock clock) {
        this(ruleSet, catalog, firingLimit, clock, DEFAULT_TIMEOUT);
    }

    private Advisor(RuleSet ruleSet, Catalog catalog, int firingLimit, Clock clock, Duration timeout) {
        this(ruleSet, catalog, firingLimit, clock, timeout, true, new ProfileReader().withClock(clock));
    }

    // the reader (and the profile schema it compiles) is shared by the copies withTimeout and withoutImprovements make
    private Advisor(RuleSet ruleSet, Catalog catalog, int firingLimit, Clock clock, Duration timeout,
                    boolean improves, ProfileReader reader) {
        this.ruleSet = ruleSet;
        // line sizes that name a parameter read it here: the figure the rules judge by is the one the plan shows
        this.catalog = catalog.resolved(ruleSet.parameters());
        this.firingLimit = firingLimit;
        this.clock = clock;
        this.loadedRules = new LoadedRules(ruleSet.ids());
        this.timeout = timeout;
        this.improves = improves;
        this.search = new ImprovementSearch(ruleSet.levers(), ruleSet.parameters(), ruleSet.questions());
        this.reader = reader;
        this.declaresAdvice = ruleSet.kieBase().getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(GLOBAL)));
    }

    /** The same rules and catalogue with another deadline per advisory (counting afresh). */
    public Advisor withTimeout(Duration newTimeout) {
        if (newTimeout == null || newTimeout.isNegative() || newTimeout.isZero()) {
            throw new IllegalArgumentException("the advisory timeout must be above zero");
        }
        return new Advisor(ruleSet, catalog, firingLimit, clock, newTimeout, improves, reader);
    }

    /**
     * The same rules and catalogue, advising without the path to READY (no improvements, no action plan, the path as
     * the profile stands): the plain advisory, for measuring what the search costs.
     */
    public Advisor withoutImprovements() {
        return new Advisor(ruleSet, catalog, firingLimit, clock, timeout, false, reader);
    }

    public Duration timeout() {
        return timeout;
    }

    /** How the advisories of this rule set and catalogue have fared. */
    public AdvisoryStats stats() {
        return stats;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The advisory for a profile, without explanations (which are then not worked out at all). */
    public Advisory advise(SubmittedProfile submitted) {
        return run(submitted, false).advisory().withoutExplanations();
    }

    /**
     * Runs the rules over a profile, on a worker, within the deadline; then searches the path to READY, re-assessing
     * patched profiles within the same deadline.
     *
     * @throws RuleExecutionException when a rule fails or rules fire past the limit
     * @throws AdvisoryTimeoutException when the advisory runs past the deadline (the session is halted)
     */
    public AdvisoryRun run(SubmittedProfile submitted) {
        return run(submitted, true);
    }

    private AdvisoryRun run(SubmittedProfile submitted, boolean explain) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            AdvisoryRun run = AdvisoryWorkers.run(new Session(submitted, explain), timeout);
            Advisory improved = !improves ? run.advisory()
                    : search.improve(new Assessed(submitted.tree(), submitted.profile(), run.advisory()),
                            tree -> reassess(tree, deadline), deadline, LocalDate.now(clock));
            stats.completed();
            return new AdvisoryRun(improved, run.firedRules());
        } catch (RuleExecutionException e) {
            stats.failed(e, clock.instant());
            throw e;
        }
    }

    /**
     * A patched profile validated and assessed afresh, within what is left of the deadline: no explanations, no path
     * to READY of its own. Empty when it could not be assessed in time, or a rule failed on it: the search stops with
     * what it has proved, and the advisory it improves stands.
     */
    private Optional<Assessed> reassess(JsonNode tree, long deadline) throws InvalidProfileException {
        SubmittedProfile patched = reader.read(tree);
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return Optional.empty();
        }
        try {
            Advisory advisory = AdvisoryWorkers.run(new Session(patched, false), Duration.ofNanos(left)).advisory();
            return Optional.of(new Assessed(tree, patched.profile(), advisory));
        } catch (RuleExecutionException e) {
            // a timeout among them
            return Optional.empty();
        }
    }

    /** One advisory's session: run on a worker, halted from the caller's thread at the deadline. */
    private final class Session implements AdvisoryWorkers.Haltable<AdvisoryRun> {

        private final SubmittedProfile submitted;
        private final boolean explain;
        private final FiringMonitor monitor = new FiringMonitor(ruleSet);
        private volatile KieSession session;
        private volatile boolean halted;

        Session(SubmittedProfile submitted, boolean explain) {
            this.submitted = submitted;
            this.explain = explain;
        }

        @Override
        public void halt() {
            halted = true;
            KieSession running = session;
            if (running != null) {
                running.halt();
            }
        }

        @Override
        public String running() {
            RuleInfo rule = monitor.firing();
            if (rule != null) {
                return "rule \"" + rule.title() + "\" (" + rule.location() + ") was firing";
            }
            RuleInfo busiest = monitor.busiestRule();
            return busiest == null ? null : "rule \"" + busiest.title() + "\" (" + busiest.location() + ") had fired "
                    + monitor.firings().get(busiest) + " times";
        }

        @Override
        public AdvisoryRun call() {
            Profile profile = submitted.profile();
            LocalDate today = LocalDate.now(clock);
            Exposure exposure = Exposure.of(profile, ruleSet.parameters());
            Regulation regulation = Regulation.of(profile, exposure, ruleSet.regimes(), today);
            Advice advice = new Advice(ruleSet, profile, exposure, regulation, CcssAssessment.of(profile, today),
                    submitted.tree(), monitor, explain);
            KieSession kieSession = ruleSet.newSession();
            session = kieSession;
            boolean clean = false;
            try {
                kieSession.addEventListener(monitor);
                advice.bind(kieSession);
                if (declaresAdvice) {
                    kieSession.setGlobal(GLOBAL, advice);
                }
                int fired;
                try {
                    insertFacts(kieSession, profile, today, advice);
                    fired = halted ? 0 : kieSession.fireAllRules(firingLimit + 1);
                } catch (RuntimeException e) {
                    throw failure(e);
                }
                if (fired > firingLimit) {
                    RuleInfo rule = monitor.busiestRule();
                    throw new RuleExecutionException("rules fired more than " + firingLimit + " times for one "
                            + "advisory; rule \"" + rule.title() + "\" (" + rule.location() + ") fired "
                            + monitor.firings().get(rule) + " times. A rule that changes or re-inserts what it "
                            + "matches fires again and again: guard it with a 'not' on what it inserts.");
                }
                clean = !halted;
            } finally {
                session = null;
                kieSession.removeEventListener(monitor);
                if (clean) {
                    // back to the pool, reset; a session halted or failed mid-way is left to the collector
                    kieSession.dispose();
                }
            }
            Advisory advisory = AdvisoryAssembler.assemble(ruleSet, catalog, profile, advice, today);
            return new AdvisoryRun(advisory, Set.copyOf(monitor.firings().keySet()));
        }
    }

    private void insertFacts(KieSession session, Profile profile, LocalDate today, Advice advice) {
        session.insert(profile);
        session.insert(profile.firm());
        session.insert(profile.holdings());
        session.insert(profile.keyManagement());
        session.insert(profile.controls());
        session.insert(profile.activities());
        session.insert(profile.insurance());
        profile.wallets().forEach(session::insert);
        profile.policies().forEach(session::insert);
        profile.waivers().forEach(session::insert);
        profile.insurance().lossHistory().forEach(session::insert);
        advice.exposure().facts().forEach(session::insert);
        advice.regulation().facts().forEach(session::insert);
        advice.ccss().aspects().forEach(session::insert);
        advice.needs().forEach(session::insert);
        catalog.providers().forEach(session::insert);
        session.insert(loadedRules);
        session.insert(ruleSet.parameters());
        session.insert(new Today(today));
    }

    /** Names the rule whose consequence failed, from Drools' own match, and the first cause. */
    private RuntimeException failure(RuntimeException e) {
        Throwable cause = e;
        RuleInfo rule = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleExecutionException rex) {
                return rex;
            }
            if (rule == null && t instanceof ConsequenceException ce && ce.getMatch() != null) {
                rule = ruleSet.info(ce.getMatch().getRule());
            }
            cause = t;
        }
        String where = rule == null ? "" : " in rule \"" + rule.title() + "\" (" + rule.location() + ")";
        return new RuleExecutionException("a rule failed" + where + ": " + cause, e);
    }
}
