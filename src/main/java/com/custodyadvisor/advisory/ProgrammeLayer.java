package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.Peril;
import com.custodyadvisor.profile.PolicyLine;
import com.custodyadvisor.profile.Tier;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One layer of the firm's own theft programme, as the schedule lists it.
 *
 * @param path the policy's JSON Pointer
 * @param topUsd the loss at which it is used up: attachment plus limit
 * @param tierLimitsUsd the most it pays per tier it responds to (its sub-limits, or following form the primary's
 *                      tiers at its own limit), HOT first
 * @param perils the perils it responds to
 * @param follows the primaries a follow-form layer takes its terms from (pointers; empty otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"path", "label", "line", "carrier", "attachmentUsd", "limitUsd", "topUsd", "deductibleUsd",
        "tierLimitsUsd", "perils", "followForm", "follows"})
public record ProgrammeLayer(String path, String label, PolicyLine line, String carrier, long attachmentUsd,
                             long limitUsd, long topUsd, long deductibleUsd, Map<Tier, Long> tierLimitsUsd,
                             List<Peril> perils, Boolean followForm, List<String> follows) {
}
