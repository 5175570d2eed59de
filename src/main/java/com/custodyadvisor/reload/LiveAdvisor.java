package com.custodyadvisor.reload;

import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisorFactory;
import com.custodyadvisor.engine.RuleProblem;
import com.custodyadvisor.engine.RuleSetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
    private final AtomicReference<Advisor> current;
    private volatile ReloadStatus status;

    /** Starts with an advisor already loaded (the service refuses to start without one). */
    public LiveAdvisor(Advisor initial, Path rulesDir, Path dataDir, Clock clock) {
        this.rulesDir = rulesDir;
        this.dataDir = dataDir;
        this.clock = clock;
        this.checks = new CandidateChecks(rulesDir, dataDir);
        this.current = new AtomicReference<>(initial);
        this.status = new ReloadStatus(initial.ruleSet().version(), initial.catalog().version(), null, null);
    }

    @Override
    public Advisor get() {
        return current.get();
    }

    public ReloadStatus status() {
        return status;
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
            Advisor candidate = AdvisorFactory.load(rulesDir, dataDir).withTimeout(serving.timeout());
            List<String> failed = checks.problems(serving, candidate, allowRemovals);
            if (!failed.isEmpty()) {
                return refused(failed);
            }
            // a fresh advisor on the same rules: the checks' advisories do not count as the serving set's
            Advisor next = candidate.withTimeout(serving.timeout());
            Advisor previous = current.getAndSet(next);
            status = new ReloadStatus(next.ruleSet().version(), next.catalog().version(), clock.instant(), null);
            if (!previous.ruleSet().version().equals(next.ruleSet().version())
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
            return refused(List.of("reload failed: " + e));
        }
    }

    private ReloadResult refused(List<String> problems) {
        Advisor serving = current.get();
        status = new ReloadStatus(serving.ruleSet().version(), serving.catalog().version(), clock.instant(), problems);
        LOG.warn("reload refused, still serving rule set {}: {}", serving.ruleSet().version(),
                String.join(" | ", problems));
        return new ReloadResult(false, serving.ruleSet().version(), serving.catalog().version(), problems);
    }

    private static String describe(Path file, Problem p) {
        return file + (p.line() == null ? "" : ":" + p.line() + ":" + (p.column() == null ? 0 : p.column())) + ": "
                + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message();
    }
}
