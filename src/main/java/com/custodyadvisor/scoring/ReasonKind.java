package com.custodyadvisor.scoring;

import com.custodyadvisor.catalog.Strength;

/** The kinds of reason a provider fits a profile, as the scoring table names them. */
public enum ReasonKind {
    /** It serves, as the guide's pick for it, a need the profile states. */
    STATED_PRIMARY,
    /** It helps with a need the profile states. */
    STATED_SECONDARY,
    /** It serves, as the guide's pick for it, a need a rule derived. */
    DERIVED_PRIMARY,
    /** It helps with a need a rule derived. */
    DERIVED_SECONDARY,
    /** A "Best for" entry names the firm. */
    BEST_FOR,
    /** It supports every tier the firm holds value in. */
    TIERS,
    /** It names a region the firm operates in. */
    REGION;

    /** The kind of a need served: by how the need came about and how the provider serves it. */
    public static ReasonKind ofNeed(boolean stated, Strength strength) {
        if (stated) {
            return strength == Strength.PRIMARY ? STATED_PRIMARY : STATED_SECONDARY;
        }
        return strength == Strength.PRIMARY ? DERIVED_PRIMARY : DERIVED_SECONDARY;
    }
}
