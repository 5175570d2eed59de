package com.custodyadvisor.advisory;

import com.custodyadvisor.regulation.CheckStatus;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A regime that applies to the profile, why, and how the profile stands against each of its figures.
 *
 * @param appliedBecause what in the profile brings it (licences, the domicile), each with its JSON Pointer
 * @param status NOT_MET when a check is not met, else NOT_ASSESSABLE when one cannot be made, else MET
 * @param notChecked the regime's obligations the profile cannot show
 */
@JsonPropertyOrder({"id", "name", "jurisdiction", "regulator", "appliedBecause", "status", "checks", "notChecked"})
public record RegimeResult(String id, String name, String jurisdiction, String regulator,
                           List<AppliedReason> appliedBecause, CheckStatus status, List<RegimeCheckResult> checks,
                           List<String> notChecked) {

    /** One thing in the profile that brings the regime: "licence in JP (JFSA, EXCHANGE)" at /firm/licences/0. */
    public record AppliedReason(String why, String path) {
    }
}
