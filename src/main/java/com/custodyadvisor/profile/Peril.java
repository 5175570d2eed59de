package com.custodyadvisor.profile;

import java.util.EnumSet;
import java.util.Set;

/** A loss event a policy's wording responds to. */
public enum Peril {
    EXTERNAL_THEFT, INTERNAL_THEFT, COLLUSION, SOCIAL_ENGINEERING, VENDOR_BREACH, KEY_COMPROMISE,
    EXTORTION, PHYSICAL_LOSS;

    /** Perils that amount to theft of the assets themselves. */
    public static final Set<Peril> THEFT = EnumSet.of(EXTERNAL_THEFT, INTERNAL_THEFT, COLLUSION, KEY_COMPROMISE);

    /** The perils the seed's checklist asks a wording to cover: "internal theft, collusion, social engineering, vendor breaches". */
    public static final Set<Peril> CHECKLIST_WORDING = EnumSet.of(INTERNAL_THEFT, COLLUSION, SOCIAL_ENGINEERING,
            VENDOR_BREACH);

    /** The perils a custody programme answers for: every one but extortion, which is a cyber peril. */
    public static final Set<Peril> CUSTODY_LOSS = EnumSet.complementOf(EnumSet.of(EXTORTION));

    public boolean isTheft() {
        return THEFT.contains(this);
    }
}
