package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A CRITICAL or HIGH finding no lever clears: the firm has to act on it itself (restructure, raise capital).
 *
 * @param finding the finding's id
 * @param severity its severity
 * @param reason why no change to the profile clears it, and what the firm would have to do
 */
@JsonPropertyOrder({"finding", "severity", "reason"})
public record NotClearable(String finding, Severity severity, String reason) {
}
