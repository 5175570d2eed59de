package com.custodyadvisor.support;

/** Rules for deadline tests (write them after the package, imports and global every rule file declares). */
public final class RunawayRules {

    /** A rule that re-fires every 5 ms for ever: halted at the deadline, between firings. */
    public static final String TICKS_SLOWLY = """
            declare Tick
                n : int
            end

            rule "Ticks slowly"
                @id("T-TICK") @severity("LOW") @category("TEST") @source("test")
            when
                $t : Tick( n >= 0 )
            then
                Thread.sleep(5);
                modify($t) { setN($t.getN() + 1) };
            end

            rule "Starts the clock"
                @id("T-START") @severity("LOW") @category("TEST") @source("test")
            when
                Firm()
            then
                insert(new Tick(0));
            end
            """;

    private RunawayRules() {
    }
}
