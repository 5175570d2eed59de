package com.custodyadvisor.profile;

/**
 * A licence or registration the firm holds.
 *
 * @param jurisdiction ISO 3166-1 alpha-2 country ("JP"), ISO 3166-2 subdivision where the regulator is not
 *                     national ("US-NY", "AE-DU"), or "EU" for an EU-wide regime
 * @param regulator the regulator's name as given, e.g. "JFSA"; null when not given
 * @param kind what the licence permits; null when not given
 */
public record Licence(String jurisdiction, String regulator, LicenceKind kind) {

    /** The country part of the jurisdiction: "US" for "US-NY", "EU" for "EU". */
    public String country() {
        if (jurisdiction == null) {
            return null;
        }
        int dash = jurisdiction.indexOf('-');
        return dash < 0 ? jurisdiction : jurisdiction.substring(0, dash);
    }

    /** True when the licence was granted below national level ("US-NY", "AE-DU"). */
    public boolean isSubnational() {
        return jurisdiction != null && jurisdiction.indexOf('-') > 0;
    }

    /** True when the jurisdiction is the given one or lies within it: "US-NY" is in "US" and in "US-NY". */
    public boolean isIn(String jurisdictionOrCountry) {
        return jurisdiction != null && (jurisdiction.equals(jurisdictionOrCountry)
                || jurisdictionOrCountry != null && jurisdictionOrCountry.equals(country()));
    }
}
