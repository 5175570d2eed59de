package com.custodyadvisor.exposure;

import com.custodyadvisor.advisory.CoverageCell;
import com.custodyadvisor.advisory.CoverageMap;
import com.custodyadvisor.advisory.CoverageStatus;
import com.custodyadvisor.advisory.TierCoverage;
import com.custodyadvisor.profile.Peril;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.PolicyLine;
import com.custodyadvisor.profile.Tier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coverage map: each assessed tier against each peril and each line, read from the firm's own programme. A
 * cell is what the layers pay, stacked, for losing everything the tier holds by that peril (or in that line):
 * COVERED when that is all of it, SUBLIMITED when it is some, NONE when no own layer responds. A tier that holds
 * nothing shows what the layers would pay at most, so an idle tier still shows whether it is covered.
 */
public final class Coverage {

    private static final Set<Peril> ANY_PERIL = Set.of(Peril.values());

    private Coverage() {
    }

    public static CoverageMap of(Exposure exposure) {
        Programme programme = exposure.programme();
        Set<PolicyLine> held = exposure.profile().policies().stream().map(Policy::line).collect(Collectors.toSet());
        // crime and specie always show, held or not: their absence is the gap the map is for
        List<PolicyLine> lines = Arrays.stream(PolicyLine.values())
                .filter(l -> Policy.THEFT_LINES.contains(l) || held.contains(l)).toList();
        // each line's own layers (null for a line held only as other than theft cover), the same for every tier
        Map<PolicyLine, Programme> lineProgrammes = new LinkedHashMap<>();
        for (PolicyLine line : lines) {
            List<Policy> ofLine = exposure.profile().policies().stream().filter(p -> p.line() == line).toList();
            boolean theftLine = ofLine.isEmpty() || ofLine.stream().anyMatch(Policy::isTheftCover);
            lineProgrammes.put(line, theftLine ? programme.ofLine(line) : null);
        }
        Map<Tier, TierCoverage> tiers = new LinkedHashMap<>();
        for (Tier tier : Exposure.HOT_FIRST) {
            long exposed = exposure.tier(tier).valueUsd();
            Map<Peril, CoverageCell> perils = new LinkedHashMap<>();
            for (Peril peril : Peril.values()) {
                perils.put(peril, cell(programme, tier, exposed, Set.of(peril)));
            }
            Map<PolicyLine, CoverageCell> byLine = new LinkedHashMap<>();
            lineProgrammes.forEach((line, ofLine) -> byLine.put(line, ofLine != null
                    ? cell(ofLine, tier, exposed, ANY_PERIL) : new CoverageCell(CoverageStatus.NOT_THEFT_COVER, 0)));
            long covered = cell(programme, tier, exposed, ANY_PERIL).coveredUsd();
            tiers.put(tier, new TierCoverage(exposed, covered, Math.max(0, exposed - covered),
                    Collections.unmodifiableMap(perils), Collections.unmodifiableMap(byLine)));
        }
        return new CoverageMap(lines, Collections.unmodifiableMap(tiers));
    }

    private static CoverageCell cell(Programme programme, Tier tier, long exposed, Collection<Peril> perils) {
        long loss = exposed > 0 ? exposed : programme.layers().stream().mapToLong(Layer::topUsd).max().orElse(0);
        long covered = loss == 0 ? 0 : programme.respond(Map.of(tier, loss), perils).coveredUsd();
        CoverageStatus status = covered == 0 ? CoverageStatus.NONE
                : exposed > 0 && covered < exposed ? CoverageStatus.SUBLIMITED : CoverageStatus.COVERED;
        return new CoverageCell(status, covered);
    }
}
