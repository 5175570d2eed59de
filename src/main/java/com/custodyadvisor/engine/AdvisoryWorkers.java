package com.custodyadvisor.engine;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads advisories run on, so the caller can stop waiting at the deadline. Past it the session is
 * halted (Drools stops between firings); a consequence that never returns cannot be halted, and Java has
 * no safe way to end a thread, so its worker is abandoned to a thread of its own and counted as stuck
 * until it ends. The count is process-wide: {@code /health} reports it.
 *
 * <p>At most one advisory per core runs at a time; the others wait their turn, in order of arrival, and the
 * wait counts against their deadline. An advisory is all CPU: more at once would only share the cores, each
 * slower, with a session apiece and Drools' shared locks contended (32 connections made 32 sessions on 2
 * cores). An abandoned worker gives its turn back, so rules that never return cannot starve the rest.
 */
public final class AdvisoryWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryWorkers.class);

    /** How long a halted session has to end before its worker counts as stuck. */
    private static final Duration HALT_GRACE = Duration.ofMillis(250);

    /** Advisories that may run at once: one per core. */
    static final int TURNS = Runtime.getRuntime().availableProcessors();

    private static final Semaphore FREE_TURNS = new Semaphore(TURNS, true);
    private static final AtomicInteger STUCK = new AtomicInteger();
    private static final AtomicLong NUMBER = new AtomicLong();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "advisory-worker-" + NUMBER.incrementAndGet());
        // a stuck worker must not keep the process from exiting
        thread.setDaemon(true);
        return thread;
    });

    private AdvisoryWorkers() {
    }

    /** Workers still busy with an advisory they were abandoned on. */
    public static int stuck() {
        return STUCK.get();
    }

    /** Something to run that can be asked to stop early (a session that can be halted). */
    interface Haltable<T> extends Callable<T> {

        void halt();

        /** What was running when the deadline passed, for the message (e.g. the rule firing). */
        String running();
    }

    /**
     * Runs the task on a worker and waits for it up to the deadline.
     *
     * @throws AdvisoryTimeoutException past the deadline (no turn came, the task was halted, or its worker abandoned)
     */
    static <T> T run(Haltable<T> task, Duration deadline) {
        long start = System.nanoTime();
        try {
            if (!FREE_TURNS.tryAcquire(deadline.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new AdvisoryTimeoutException("the advisory did not start within " + seconds(deadline)
                        + " s: all " + TURNS + " advisory workers were busy the whole time", deadline, false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleExecutionException("the advisory was interrupted", e);
        }
        Worker<T> worker = new Worker<>(task);
        Future<T> future = EXECUTOR.submit(worker);
        try {
            return future.get(deadline.toNanos() - (System.nanoTime() - start), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return timedOut(worker, future, deadline);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.halt();
            throw new RuleExecutionException("the advisory was interrupted", e);
        }
    }

    private static <T> T timedOut(Worker<T> worker, Future<T> future, Duration deadline) {
        String running = worker.task.running();
        worker.task.halt();
        try {
            future.get(HALT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still running, or ended by the halt: either way the advisory is not complete
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread thread = worker.thread.get();
        boolean stuck = worker.abandon();
        StackTraceElement[] where = stuck && thread != null ? thread.getStackTrace() : null;
        if (stuck) {
            // a consequence that waits or sleeps ends on an interrupt; one that spins does not
            future.cancel(true);
        }
        AdvisoryTimeoutException failure = new AdvisoryTimeoutException("the advisory did not finish within "
                + seconds(deadline) + " s" + (running == null ? "" : "; " + running)
                + (stuck ? "; it does not stop, so its worker " + thread.getName() + " is abandoned ("
                        + STUCK.get() + " stuck)" : "; the session was halted"), deadline, stuck);
        if (where != null) {
            failure.setStackTrace(where);
        }
        throw failure;
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new RuleExecutionException("the advisory failed: " + cause, cause);
    }

    private static String seconds(Duration duration) {
        return String.valueOf(duration.toMillis() / 1000.0);
    }

    /** Runs the task, holding a turn while it does, and knows whether the caller gave up on it. */
    private static final class Worker<T> implements Callable<T> {

        private static final int RUNNING = 0;
        private static final int DONE = 1;
        private static final int ABANDONED = 2;

        private final Haltable<T> task;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private final AtomicReference<Thread> thread = new AtomicReference<>();
        private final long started = System.nanoTime();

        Worker(Haltable<T> task) {
            this.task = task;
        }

        @Override
        public T call() throws Exception {
            thread.set(Thread.currentThread());
            try {
                return task.call();
            } finally {
                thread.set(null);
                if (state.compareAndSet(RUNNING, DONE)) {
                    FREE_TURNS.release();
                } else {
                    STUCK.decrementAndGet();
                    LOG.warn("an abandoned advisory worker ended after {} s ({} still stuck)",
                            (System.nanoTime() - started) / 1_000_000_000, STUCK.get());
                }
            }
        }

        /** Gives up on the task and its turn; true when it is still running (and now counts as stuck). */
        boolean abandon() {
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                STUCK.incrementAndGet();
                FREE_TURNS.release();
                return true;
            }
            return false;
        }
    }
}
