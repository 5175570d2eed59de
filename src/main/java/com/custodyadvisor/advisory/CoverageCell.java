package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One cell of the coverage map.
 *
 * @param coveredUsd what the own layers pay, stacked, for losing what the tier holds (for a tier that holds nothing,
 *                   the most they would pay for it)
 */
@JsonPropertyOrder({"status", "coveredUsd"})
public record CoverageCell(CoverageStatus status, long coveredUsd) {
}
