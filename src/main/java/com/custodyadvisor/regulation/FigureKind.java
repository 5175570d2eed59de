package com.custodyadvisor.regulation;

/**
 * What a regime's figure checks; the profile fields each kind reads are measured by {@link Regulation}, and a
 * REG-* rule judges the result. A new kind needs both; a new regime with kinds that exist is a data edit.
 */
public enum FigureKind {
    COLD_FLOOR("cold-storage floor"),
    INSURANCE_COVER("insurance or compensation floor"),
    OWN_RESERVE("own reserve against assets held online"),
    ASSETS_MATCH_OWED("assets held against what is owed to clients"),
    NO_REHYPOTHECATION("no lending, pledging or collateral use of client assets"),
    CLIENT_SEGREGATION("segregation of client assets"),
    SEPARATE_CUSTODY_ENTITY("custody in a separate legal entity"),
    SUBCUSTODIAN_APPROVAL("prior approval of sub-custodians"),
    RECONCILIATION("reconciliation of client assets"),
    INCIDENT_NOTICE("incident notice to the regulator"),
    EXTORTION_NOTICE("notice of an extortion payment"),
    PENETRATION_TEST("penetration-test cadence"),
    ASSURANCE_REPORT("assurance-report cadence"),
    OWN_FUNDS_INSURANCE_TERM("term of insurance counted toward own funds"),
    OWN_FUNDS_INSURANCE_NOTICE("cancellation notice of insurance counted toward own funds"),
    OWN_FUNDS_INSURANCE_CUSTODY_LIABILITY("custody liability in insurance counted toward own funds");

    private final String obligation;

    FigureKind(String obligation) {
        this.obligation = obligation;
    }

    /** The kind of obligation in words: "cold-storage floor". */
    public String obligation() {
        return obligation;
    }
}
