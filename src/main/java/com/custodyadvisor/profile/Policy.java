package com.custodyadvisor.profile;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One policy (or warranty) in the firm's programme.
 *
 * @param tierSublimitsUsd sub-limit per storage tier; a tier left out of a non-empty map is not covered,
 *                         an empty map means the whole limit applies to every tier
 * @param attachmentUsd for an excess layer, the loss above which it pays; 0 (also when left out) for a primary
 * @param followForm the layer follows the primary's terms, perils and tier structure within its own limit and
 *                   sub-limits; null when not confirmed
 * @param usedForOwnFunds the policy counts toward MiCA own funds; null when not confirmed
 * @param termMonths the policy term in months; null when not given
 * @param cancellationNoticeDays days of notice the insurer must give to cancel; null when not given
 * @param custodyLiabilityCovered it covers the firm's liability to clients for assets lost in custody
 * @param covers the perils the wording names; null inside the record when not given ({@link #perilsGiven()}), an
 *               empty list through {@link #covers()}
 */
public record Policy(PolicyLine line, String carrier, long limitUsd, long deductibleUsd,
                     Map<Tier, Long> tierSublimitsUsd, List<Peril> covers, Boolean wordingReviewed,
                     Boolean tierDefinitionsClear, Boolean keyCompromiseDefined, Boolean reinsuranceDisclosed,
                     PolicyBasis basis, Boolean firmIsNamedInsured, long attachmentUsd, Boolean followForm,
                     Boolean usedForOwnFunds, Integer termMonths, Integer cancellationNoticeDays,
                     Boolean custodyLiabilityCovered) {

    /** Lines written to pay for stolen digital assets in custody; cyber is not one of them. */
    public static final Set<PolicyLine> THEFT_LINES = EnumSet.of(PolicyLine.CRIME, PolicyLine.SPECIE);

    public Policy {
        tierSublimitsUsd = tierSublimitsUsd == null ? Map.of() : Map.copyOf(tierSublimitsUsd);
        covers = covers == null ? null : List.copyOf(covers);
    }

    /**
     * True for a policy that pays for stolen assets: a crime or specie policy, or a warranty whose
     * wording names a theft peril.
     */
    public boolean isTheftCover() {
        return THEFT_LINES.contains(line)
                || (line == PolicyLine.WARRANTY && covers().stream().anyMatch(Peril::isTheft));
    }

    /**
     * True when the policy is the firm's own cover: it names the firm as an insured ({@code firmIsNamedInsured}
     * true, not merely left out) and is not someone else's programme the firm benefits from ({@code CONTINGENT}).
     * Only own cover counts toward the firm's limits, tier map, scenarios and coverage map.
     */
    public boolean isOwnCover() {
        return Boolean.TRUE.equals(firmIsNamedInsured) && basis != PolicyBasis.CONTINGENT;
    }

    /** True for the firm's own cover that pays for stolen assets. */
    public boolean isOwnTheftCover() {
        return isOwnCover() && isTheftCover();
    }

    /** Why the policy is not counted as the firm's own cover ("" when it is), for details and reports. */
    public String whyNotOwn() {
        if (basis == PolicyBasis.CONTINGENT) {
            return "it is CONTINGENT cover: someone else's programme, which pays them, not you";
        }
        if (firmIsNamedInsured == null) {
            return "not counted: the firm is not confirmed as a named insured (firmIsNamedInsured left out)";
        }
        return firmIsNamedInsured ? "" : "it does not name the firm as an insured";
    }

    /** The perils the wording names (empty when not given: see {@link #perilsGiven()}). */
    @Override
    public List<Peril> covers() {
        return covers == null ? List.of() : covers;
    }

    /**
     * Whether the perils were given: a policy whose perils were not given names none as far as the profile says,
     * which is "not confirmed", not "does not name".
     */
    public boolean perilsGiven() {
        return covers != null;
    }

    /** True when the policy's perils were given and name the peril; see {@link #perilsGiven()}. */
    public boolean covers(Peril peril) {
        return covers().contains(peril);
    }

    /** True when the perils were given and leave the peril out: only then does the policy "not name" it. */
    public boolean leavesOut(Peril peril) {
        return perilsGiven() && !covers().contains(peril);
    }

    /** True when the policy names a theft peril (whatever its line). */
    public boolean namesTheftPeril() {
        return covers().stream().anyMatch(Peril::isTheft);
    }

    /** The theft perils the policy names, in the order it names them. */
    public List<Peril> theftPerils() {
        return covers().stream().filter(Peril::isTheft).toList();
    }

    /** True when the policy sets its own sub-limit per tier. */
    public boolean mapsTiers() {
        return !tierSublimitsUsd.isEmpty();
    }

    /** The most this policy pays for a loss from the tier: its sub-limit, or the whole limit where none is set. */
    public long limitFor(Tier tier) {
        if (!mapsTiers()) {
            return limitUsd;
        }
        return Math.min(tierSublimitsUsd.getOrDefault(tier, 0L), limitUsd);
    }

    /** The field that sets its limit for a tier: its tier sub-limits where it has them, else its limit. */
    public String limitField() {
        return mapsTiers() ? "tierSublimitsUsd" : "limitUsd";
    }

    /** True when the policy responds to losses from the tier with a limit above zero. */
    public boolean coversTier(Tier tier) {
        return limitFor(tier) > 0;
    }


    /** True for a primary policy: it attaches at 0 (no attachment given), paying from the first dollar. */
    public boolean isPrimary() {
        return attachmentUsd == 0;
    }

    /** True for an excess layer: it pays only for the part of a loss above its attachment. */
    public boolean isExcess() {
        return attachmentUsd > 0;
    }

    /** The loss at which the layer is used up: its attachment plus its limit. */
    public long exhaustionUsd() {
        return attachmentUsd + limitUsd;
    }

    /** A readable label for details: line and carrier. */
    public String label() {
        return carrier == null || carrier.isBlank() ? line + " policy" : line + " policy (" + carrier + ")";
    }

    /** The tiers this policy covers, in COLD, WARM, HOT order. */
    public Set<Tier> tiersCovered() {
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        for (Tier t : Tier.values()) {
            if (coversTier(t)) {
                tiers.add(t);
            }
        }
        return tiers;
    }
}
