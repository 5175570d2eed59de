package com.custodyadvisor.regulation;

import java.util.List;

/**
 * A regime that applies to the profile, and why: one fact per regime applied.
 *
 * @param reasons what in the profile brings it: licences in its jurisdiction, the domicile
 */
public record AppliedRegime(Regime regime, List<Reason> reasons) {

    public AppliedRegime {
        reasons = List.copyOf(reasons);
    }

    /**
     * One thing in the profile that brings a regime.
     *
     * @param why "licence in JP (JFSA, EXCHANGE)", "domicile DE (an EU member state)"
     * @param path JSON Pointer of it
     */
    public record Reason(String why, String path) {
    }

    public String id() {
        return regime.id();
    }
}
