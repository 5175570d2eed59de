package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.PolicyBasis;
import com.custodyadvisor.profile.PolicyLine;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A policy the firm relies on but does not hold as its own (a vendor's contingent programme, a platform's
 * policy, one that does not name the firm): listed, never counted toward the firm's limits.
 *
 * @param path the policy's JSON Pointer
 * @param reason why it is not the firm's own cover
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"path", "label", "line", "carrier", "limitUsd", "basis", "firmIsNamedInsured", "reason"})
public record ReliedOnCover(String path, String label, PolicyLine line, String carrier, long limitUsd,
                            PolicyBasis basis, Boolean firmIsNamedInsured, String reason) {
}
