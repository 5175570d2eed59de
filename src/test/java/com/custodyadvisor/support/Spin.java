package com.custodyadvisor.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A rule consequence that never returns on its own: it spins, deaf to interrupts, until a test releases it
 * (so the test JVM does not keep a core busy for the rest of the run). Public: rules compiled at run time
 * call it.
 */
public final class Spin {

    private static volatile boolean released;
    private static volatile long spins;
    private static final AtomicInteger SPINNING = new AtomicInteger();

    private Spin() {
    }

    /** Called from a rule: spins until {@link #release()}. */
    public static void forever() {
        SPINNING.incrementAndGet();
        try {
            while (!released) {
                spins++;
            }
        } finally {
            SPINNING.decrementAndGet();
        }
    }

    /** Consequences spinning now. */
    public static int spinning() {
        return SPINNING.get();
    }

    /** Ends every spin, now and later. */
    public static void release() {
        released = true;
    }

    /** Lets spins hold again (for the next test). */
    public static void arm() {
        released = false;
    }
}
