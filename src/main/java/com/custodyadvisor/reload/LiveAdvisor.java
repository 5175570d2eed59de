package com.custodyadvisor.reload;

import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisorFactory;
import com.custodyadvisor.engine.RuleProblem;
import com.custodyadvisor.engine.RuleSetException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The advisor a running service uses, replaceable while it runs. A reload builds a new rule set and
 * catalogue beside the serving ones, checks them ({@link CandidateChecks}: the examples, the scenarios, no
 * rule dropped unasked) and swaps them in one step; when the new ones do not load or fail a check, the
 * old ones keep serving and the problems are kept for {@code /health}. A request reads the advisor
 * once ({@link #get()}) and finishes on it, whatever is swapped meanwhile.
 */
public final class LiveAdvisor implements Supplier<Advisor> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveAdvisor.class);

    private final Path rulesDir;
    private final Path dataDir;
    private final Clock clock;
    private final CandidateChecks checks;
    private final AtomicReference<Advisor> current = new AtomicReference<>();
    private final AtomicLong swaps = new AtomicLong();
    private final AtomicLong refusals = new AtomicLong();
    private volatile ReloadStatus status;
    private volatile Instant servingSince;

    /** Starts with an advisor already loaded. */
    public LiveAdvisor(Advisor initial, Path rulesDir, Path dataDir, Clock clock) {
        this(rulesDir, dataDir, clock);
        install(initial);
    }

    /**
     * Starts with no advisor: the service listens (and says it is not ready) while the first rule set
     * compiles, then {@link #install(Advisor)} makes it ready.
     */
    public LiveAdvisor(Path rulesDir, Path dataDir, Clock clock) {
        this.rulesDir = rulesDir;
        this.dataDir = dataDir;
        this.clock = clock;
        this.checks = new CandidateChecks(rulesDir, dataDir);
    }

    /** Puts the first advisor in service. */
    public void install(Advisor first) {
        current.set(first);
        servingSince = clock.instant();
        status = new ReloadStatus(first.ruleSet().version(), first.catalog().version(), null, null);
    }

    /** The advisor serving now; null until the first one is installed. */
    @Override
    public Advisor get() {
        return current.get();
    }

    /** How the last reload went; null until the first advisor is installed. */
    public ReloadStatus status() {
        return status;
    }

    /** When the advisor serving now was put in service; null before the first. */
    public Instant servingSince() {
        return servingSince;
    }

    /** Reloads that swapped a new rule set in, since start. */
    public long swaps() {
        return swaps.get();
    }

    /** Reloads refused (the old set kept serving), since start. */
    public long refusals() {
        return refusals.get();
    }

    /** Reloads as a file change does: a reload that would drop rules or rule files is refused. */
    public ReloadResult reload() {
        return reload(false);
    }

    /**
     * Loads the directories again, checks the result and swaps it in, or keeps the current advisor and says why.
     *
     * @param allowRemovals true when rules or rule files the serving set has may be dropped
     */
    public synchronized ReloadResult reload(boolean allowRemovals) {
        try {
            Advisor serving = current.get();
            if (serving == null) {
                return refused(List.of("the service is starting: its first rule set is still being compiled"));
            }
            Advisor candidate = AdvisorFactory.load(rulesDir, dataDir).withTimeout(serving.timeout());
            List<String> failed = checks.problems(serving, candidate, allowRemovals);
            if (!failed.isEmpty()) {
                return refused(failed);
            }
            // a fresh advisor on the same rules: the checks' advisories do not count as the serving set's
            Advisor next = candidate.withTimeout(serving.timeout());
            Advisor previous = current.getAndSet(next);
            servingSince = clock.instant();
            swaps.incrementAndGet();
            status = new ReloadStatus(next.ruleSet().version(), next.catalog().version(), servingSince, null);
            if (previous == null || !previous.ruleSet().version().equals(next.ruleSet().version())
                    || !previous.catalog().version().equals(next.catalog().version())) {
                LOG.info("reloaded: rule set {} ({} rules), catalogue {} ({} providers)", next.ruleSet().version(),
                        next.ruleSet().rules().size(), next.catalog().version(), next.catalog().size());
            }
            return new ReloadResult(true, next.ruleSet().version(), next.catalog().version(), List.of());
        } catch (RuleSetException e) {
            return refused(e.problems().stream().map(RuleProblem::describe).toList());
        } catch (CatalogException e) {
            return refused(e.problems().stream().map(p -> describe(e.file(), p)).toList());
        } catch (RuntimeException e) {
            LOG.error("reload failed", e);
            return refused(List.of("reload failed: " + (e.getMessage() == null ? "unexpected error, see the log"
                    : e.getMessage())));
        }
    }

    private ReloadResult refused(List<String> problems) {
        refusals.incrementAndGet();
        Advisor serving = current.get();
        String ruleset = serving == null ? null : serving.ruleSet().version();
        String catalog = serving == null ? null : serving.catalog().version();
        status = new ReloadStatus(ruleset, catalog, clock.instant(), problems);
        LOG.warn("reload refused, still serving rule set {}: {}", ruleset, String.join(" | ", problems));
        return new ReloadResult(false, ruleset, catalog, problems);
    }

    private static String describe(Path file, Problem p) {
        return file + (p.line() == null ? "" : ":" + p.line() + ":" + (p.column() == null ? 0 : p.column())) + ": "
                + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message();
    }
}
