package com.custodyadvisor.support;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs a property over generated cases, each drawn from a random source of its own, so any case replays alone:
 * the cases' seeds follow from the run's base seed, a failure names its case's seed, and {@code -Dprops.seed=N}
 * runs that case only.
 */
public final class SeededCases {

    /** The seed of the one case to run, when given. */
    private static final Long ONE_SEED = Long.getLong("props.seed");

    /** One case, given its random source. */
    @FunctionalInterface
    public interface Check {
        void run(SplittableRandom random) throws Exception;
    }

    private SeededCases() {
    }

    /** True when {@code -Dprops.seed} names the one case to run (so a run's totals say nothing). */
    public static boolean oneCase() {
        return ONE_SEED != null;
    }

    /**
     * Runs {@code count} cases seeded from {@code baseSeed}, or only the one {@code -Dprops.seed} names.
     *
     * @param test how to name the test on Maven's command line, e.g. {@code ProfilePropertiesTest#method}
     */
    public static void run(String test, long baseSeed, int count, Check check) {
        List<Long> seeds = new ArrayList<>();
        if (ONE_SEED != null) {
            seeds.add(ONE_SEED);
        } else {
            SplittableRandom base = new SplittableRandom(baseSeed);
            for (int i = 0; i < count; i++) {
                seeds.add(base.nextLong());
            }
        }
        for (int i = 0; i < seeds.size(); i++) {
            long seed = seeds.get(i);
            try {
                check.run(new SplittableRandom(seed));
            } catch (Exception | AssertionError e) {
                throw new AssertionError(String.format("case %d of %d (base seed %d) failed: seed %d; rerun it alone "
                                + "(the case is printed) with%n    mvn -B -q test -Dtest='%s' -Dprops.seed=%d%n%s",
                        i + 1, seeds.size(), baseSeed, seed, test, seed, e.getMessage()), e);
            }
        }
    }
}
