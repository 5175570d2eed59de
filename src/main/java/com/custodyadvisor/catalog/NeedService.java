package com.custodyadvisor.catalog;

import com.custodyadvisor.profile.Need;

/**
 * A need a provider serves.
 *
 * @param label how a reason names the provider's fit, e.g. "Crypto-first insurer"
 * @param basis where in the seed this comes from
 */
public record NeedService(Need need, Strength strength, String label, String basis) {
}
