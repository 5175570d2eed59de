package com.custodyadvisor.engine;

import java.time.Duration;

/**
 * An advisory ran past its deadline and was stopped: the rule set is at fault (a rule that loops or spins),
 * not the profile. The message names the rule that was firing; when its thread could not be freed, the
 * exception carries that thread's stack, so the log shows where it spins.
 */
public final class AdvisoryTimeoutException extends RuleExecutionException {

    private final Duration deadline;
    private final boolean workerStuck;

    AdvisoryTimeoutException(String message, Duration deadline, boolean workerStuck) {
        super(message);
        this.deadline = deadline;
        this.workerStuck = workerStuck;
    }

    public Duration deadline() {
        return deadline;
    }

    /** True when the thread that ran the advisory is still busy and counted as stuck. */
    public boolean workerStuck() {
        return workerStuck;
    }
}
