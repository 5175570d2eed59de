package com.custodyadvisor.exposure;

import com.custodyadvisor.profile.Peril;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.PolicyLine;
import com.custodyadvisor.profile.Tier;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One of the firm's own theft policies as it responds within the programme: from its attachment up to its limit,
 * for the tiers and perils it (or, following form, the primary beneath it) responds to.
 *
 * @param index the policy's place in the profile (0 first)
 * @param tierLimits the most it pays for a loss from each tier it responds to (tiers it does not are left out)
 * @param perils the perils it responds to: those its wording names; following form, the primary's; where
 *               neither names any, its line's own (crime: external and internal theft; specie: external theft and
 *               physical loss)
 * @param follows the primaries beneath a follow-form layer whose terms it takes (empty otherwise)
 */
public record Layer(Policy policy, int index, Map<Tier, Long> tierLimits, Set<Peril> perils, List<Policy> follows) {

    public Layer {
        tierLimits = Map.copyOf(tierLimits);
        perils = Set.copyOf(perils);
        follows = List.copyOf(follows);
    }

    /** The perils a crime or specie wording answers for when the profile names none. */
    static Set<Peril> linePerils(PolicyLine line) {
        return switch (line) {
            case CRIME -> EnumSet.of(Peril.EXTERNAL_THEFT, Peril.INTERNAL_THEFT);
            case SPECIE -> EnumSet.of(Peril.EXTERNAL_THEFT, Peril.PHYSICAL_LOSS);
            default -> EnumSet.noneOf(Peril.class);
        };
    }

    public long attachmentUsd() {
        return policy.attachmentUsd();
    }

    public long limitUsd() {
        return policy.limitUsd();
    }

    /** The loss at which the layer is used up: attachment plus limit. */
    public long topUsd() {
        return policy.exhaustionUsd();
    }

    public long limitFor(Tier tier) {
        return tierLimits.getOrDefault(tier, 0L);
    }

    public boolean respondsTo(Tier tier) {
        return limitFor(tier) > 0;
    }

    /** True when it names (or follows a primary naming) any of the perils. */
    public boolean respondsToAny(Collection<Peril> any) {
        for (Peril peril : any) {
            if (perils.contains(peril)) {
                return true;
            }
        }
        return false;
    }

    /** The perils in their usual order, for reports. */
    public List<Peril> perilsInOrder() {
        return perils.stream().sorted().toList();
    }
}
