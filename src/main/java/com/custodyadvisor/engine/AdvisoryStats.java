package com.custodyadvisor.engine;

import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/**
 * How one rule set and catalogue have fared since they began serving: advisories made, and those that
 * failed (a rule threw, fired past the limit, or ran past the deadline). Reset by a reload, since a new
 * advisor counts afresh.
 */
public final class AdvisoryStats {

    private final LongAdder completed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder timedOut = new LongAdder();
    private volatile Instant lastFailureAt;

    void completed() {
        completed.increment();
    }

    void failed(RuleExecutionException failure, Instant at) {
        failed.increment();
        if (failure instanceof AdvisoryTimeoutException) {
            timedOut.increment();
        }
        lastFailureAt = at;
    }

    /** Advisories attempted: completed and failed. */
    public long advisories() {
        return completed.sum() + failed.sum();
    }

    /** Of those, the ones that failed (timed-out ones included). */
    public long failures() {
        return failed.sum();
    }

    public long timeouts() {
        return timedOut.sum();
    }

    /** Failures over advisories attempted; 0 before the first. */
    public double errorRate() {
        long all = advisories();
        return all == 0 ? 0 : (double) failures() / all;
    }

    /** When an advisory last failed, or null. */
    public Instant lastFailureAt() {
        return lastFailureAt;
    }
}
