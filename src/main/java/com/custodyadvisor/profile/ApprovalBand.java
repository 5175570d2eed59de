package com.custodyadvisor.profile;

/**
 * How many people approve a withdrawal of a given size.
 *
 * @param aboveUsd the band applies to withdrawals above this amount
 * @param approvers people who must approve
 */
public record ApprovalBand(long aboveUsd, int approvers) {
}
