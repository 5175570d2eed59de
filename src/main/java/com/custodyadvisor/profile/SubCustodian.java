package com.custodyadvisor.profile;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A sub-custodian or wallet vendor the firm relies on. In a profile it is either a plain name or an
 * object with what is known of its own cover and assurance; a plain name reads as an entry with only
 * its name, every other field null (not confirmed).
 *
 * @param insuranceLimitUsd the limit of their own crime or specie cover; null when not given
 * @param namesFirm their policy names the firm (or its clients); null when not confirmed
 * @param assuranceReport their latest assurance report; null when not given
 * @param regulatorApproved the firm's regulator approved relying on them; null when not confirmed
 */
public record SubCustodian(String name, Long insuranceLimitUsd, Boolean namesFirm, AssuranceReport assuranceReport,
                           Boolean regulatorApproved) {

    /** A sub-custodian given by name only, as in {@code subCustodians: [Fireblocks]}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SubCustodian named(String name) {
        return new SubCustodian(name, null, null, null, null);
    }

    /** True when only the name is known (given as a plain string, or as an object with nothing else). */
    public boolean isNameOnly() {
        return insuranceLimitUsd == null && namesFirm == null && assuranceReport == null && regulatorApproved == null;
    }

    /** True when the name is the one given, ignoring case and surrounding spaces (e.g. a wallet's provider). */
    public boolean isNamed(String other) {
        return name != null && other != null && name.strip().equalsIgnoreCase(other.strip());
    }
}
