package com.custodyadvisor.improvement;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The ways the engine knows to write a lever as a JSON Patch; {@code data/levers.yaml} names one per lever, with its
 * settings. Each fills some placeholders of the lever's {@code change} text with the profile's figures.
 */
public enum Mechanic {
    SET("set", Set.of("fields")),
    ADD_PERIL("add-peril", Set.of("peril", "policies")),
    MOVE_SHARE("move-share", Set.of("amount", "from", "to", "share")),
    MOVE_SCENARIO_LOSS("move-scenario-loss", Set.of("amount", "from", "to", "scenario")),
    RAISE_TIER_SUBLIMIT("raise-tier-sublimit", Set.of("tier", "limit", "policies")),
    ADD_POLICY("add-policy", Set.of("line", "limit", "attachment")),
    DECLARE_ASSESSED_TIER("declare-assessed-tier", Set.of("wallets")),
    CLOSE_TOWER_GAP("close-tower-gap", Set.of("layers"));

    private final String name;
    private final Set<String> fills;

    Mechanic(String name, Set<String> fills) {
        this.name = name;
        this.fills = fills;
    }

    /** The name {@code data/levers.yaml} writes, e.g. "move-share-to-cold". */
    public String dataName() {
        return name;
    }

    /** The placeholders it fills in a lever's change text. */
    public Set<String> fills() {
        return fills;
    }

    static Optional<Mechanic> named(String name) {
        return Arrays.stream(values()).filter(m -> m.name.equals(name)).findFirst();
    }
}
