package com.custodyadvisor.support;

/**
 * A rule consequence that never returns on its own: it spins, deaf to interrupts, until a test releases it
 * (so the test JVM does not keep a core busy for the rest of the run). Public: rules compiled at run time
 * call it.
 */
public final class Spin {

    private static volatile boolean released;
    private static volatile long spins;

    private Spin() {
    }

    /** Called from a rule: spins until {@link #release()}. */
    public static void forever() {
        while (!released) {
            spins++;
        }
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
