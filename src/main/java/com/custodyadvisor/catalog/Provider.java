package com.custodyadvisor.catalog;

import com.custodyadvisor.profile.Need;
import com.custodyadvisor.profile.PolicyLine;
import com.custodyadvisor.profile.Region;
import com.custodyadvisor.profile.Tier;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One provider of the catalogue, with every attribute the seed gives it.
 *
 * @param rank the seed's rank (1 is its first pick); breaks ties in fit
 * @param headline the seed's "Best for …" line
 * @param why the seed's "Why Use It"
 * @param bestForText the seed's "Best For", verbatim
 * @param regionsText the seed's "Regions", verbatim
 * @param alternatives provider ids the seed names as alternatives
 * @param sources where the seed says its facts come from
 * @param lineSize what it writes on one risk, where a source publishes it
 * @param notes what a broker should know before approaching it, each with its source
 */
public record Provider(String id, String name, int rank, String headline, ProviderRole role, String why,
                       List<PolicyLine> lines, List<String> features, List<Tier> storageTiers,
                       List<BestFor> bestFor, String bestForText, List<ProviderRegion> regions, String regionsText,
                       List<NeedService> serves, String considerIf, List<String> alternatives,
                       List<String> sources, LineSize lineSize, List<ProviderNote> notes) {

    public Provider {
        lines = lines == null ? List.of() : List.copyOf(lines);
        features = features == null ? List.of() : List.copyOf(features);
        storageTiers = storageTiers == null ? List.of() : List.copyOf(storageTiers);
        bestFor = bestFor == null ? List.of() : List.copyOf(bestFor);
        regions = regions == null ? List.of() : List.copyOf(regions);
        serves = serves == null ? List.of() : List.copyOf(serves);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        sources = sources == null ? List.of() : List.copyOf(sources);
        lineSize = lineSize == null ? LineSize.NOT_PUBLISHED : lineSize;
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The same provider with another line size (its figures read from the parameters). */
    public Provider withLineSize(LineSize size) {
        return new Provider(id, name, rank, headline, role, why, lines, features, storageTiers, bestFor, bestForText,
                regions, regionsText, serves, considerIf, alternatives, sources, size, notes);
    }

    /** How this provider serves the need, if it does. */
    public Optional<NeedService> service(Need need) {
        return Optional.ofNullable(serviceOf(need));
    }

    /** How this provider serves the need, or null (ranking asks this for every provider and need). */
    public NeedService serviceOf(Need need) {
        for (NeedService s : serves) {
            if (s.need() == need) {
                return s;
            }
        }
        return null;
    }

    public boolean serves(Need need) {
        return serviceOf(need) != null;
    }

    /** True when the provider writes business in the region: it names it, or it is global. */
    public boolean isEligibleIn(Region region) {
        return regions.contains(ProviderRegion.GLOBAL) || regions.contains(ProviderRegion.of(region));
    }

    /** True when the provider names the region itself (a local presence, not only global reach). */
    public boolean namesRegion(Region region) {
        return regions.contains(ProviderRegion.of(region));
    }

    /** True when the provider supports every one of the tiers. */
    public boolean supportsTiers(Collection<Tier> tiers) {
        return !storageTiers.isEmpty() && storageTiers.containsAll(tiers);
    }
}
