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

    /** A rule that inserts a new fact for each it matches, for ever: stopped by the firing limit. */
    public static final String INSERTS_FOR_EVER = """
            rule "Inserts what it matches"
                @id("T-LOOP") @severity("LOW") @category("TEST") @source("test")
            when
                $f : Firm()
            then
                insert(new Firm($f.name() + "!", $f.type(), $f.domicile(), $f.regions(), $f.clientAssets()));
            end
            """;

    private RunawayRules() {
    }
}
