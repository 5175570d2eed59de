package com.custodyadvisor.profile;

/**
 * What the firm holds.
 *
 * @param aumUsd assets under custody
 * @param tvlUsd value locked in on-chain or DeFi workflows
 */
public record Holdings(long aumUsd, long tvlUsd) {
}
