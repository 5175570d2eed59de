package com.custodyadvisor.exposure;

import com.custodyadvisor.profile.Peril;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.PolicyLine;
import com.custodyadvisor.profile.Tier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The firm's own theft programme as layers: each own crime, specie or theft-warranty policy pays the part of a
 * loss above its attachment, up to its limit and, for each tier, its sub-limit. For one loss L of a tier by a
 * peril, a layer attaching at a pays {@code clamp(L - a, 0, limit for the tier)} when it responds to the tier and
 * the peril; layers attaching at 0 (primaries) all respond, and the programme never pays more than L. A loss
 * spread over tiers takes each layer's band in proportion to each tier's share of it, each part capped at the
 * layer's limit for that tier. The deductible of the first layer that pays is the firm's to carry.
 */
public final class Programme {

    private static final List<Tier> HOT_FIRST = List.of(Tier.HOT, Tier.WARM, Tier.COLD);

    private final List<Layer> layers;

    private Programme(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** The programme of the profile's policies: its own theft cover, lowest attachment first, then profile order. */
    public static Programme of(List<Policy> policies) {
        List<Policy> own = policies.stream().filter(Policy::isOwnTheftCover).toList();
        List<Policy> primaries = own.stream().filter(Policy::isPrimary).toList();
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            Policy p = policies.get(i);
            if (!p.isOwnTheftCover()) {
                continue;
            }
            List<Policy> follows = p.isExcess() && Boolean.TRUE.equals(p.followForm()) ? beneath(p, primaries) : List.of();
            layers.add(new Layer(p, i, tierLimits(p, follows), perils(p, follows), follows));
        }
        layers.sort(Comparator.comparingLong(Layer::attachmentUsd).thenComparingInt(Layer::index));
        return new Programme(layers);
    }

    /** The primaries a follow-form layer sits over: those of its own line, or else every primary. */
    private static List<Policy> beneath(Policy layer, List<Policy> primaries) {
        List<Policy> sameLine = primaries.stream().filter(p -> p.line() == layer.line()).toList();
        return sameLine.isEmpty() ? primaries : sameLine;
    }

    private static Set<Peril> perils(Policy p, List<Policy> follows) {
        if (!follows.isEmpty()) {
            Set<Peril> union = EnumSet.noneOf(Peril.class);
            follows.forEach(f -> union.addAll(perils(f, List.of())));
            return union;
        }
        return p.covers().isEmpty() ? Layer.linePerils(p.line()) : EnumSet.copyOf(p.covers());
    }

    private static Map<Tier, Long> tierLimits(Policy p, List<Policy> follows) {
        Map<Tier, Long> limits = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            boolean responds = p.mapsTiers() || follows.isEmpty() ? p.coversTier(t)
                    : follows.stream().anyMatch(f -> f.coversTier(t));
            if (responds && p.limitFor(t) > 0) {
                limits.put(t, p.limitFor(t));
            }
        }
        return limits;
    }

    /** The layers, lowest attachment first (then in profile order). */
    public List<Layer> layers() {
        return layers;
    }

    /** The same programme with only the layers of one line (for the coverage map's columns). */
    public Programme ofLine(PolicyLine line) {
        return new Programme(layers.stream().filter(l -> l.policy().line() == line).toList());
    }

    /** True when some layer responds to losses from the tier. */
    public boolean respondsTo(Tier tier) {
        return layers.stream().anyMatch(l -> l.respondsTo(tier));
    }

    /** True when some layer responding to one of the tiers answers for one of the perils. */
    public boolean namesAnyFor(Collection<Tier> tiers, Collection<Peril> perils) {
        return layers.stream().anyMatch(l -> tiers.stream().anyMatch(l::respondsTo) && l.respondsToAny(perils));
    }

    /** What the programme does with a loss: its amount by tier, caused by any of the perils. */
    public Response respond(Map<Tier, Long> lossByTier, Collection<Peril> perils) {
        // loops, not streams: the coverage map and every loss scenario ask this, dozens of times per advisory
        long loss = 0;
        int parts = 0;
        for (long part : lossByTier.values()) {
            loss += part;
            parts += part > 0 ? 1 : 0;
        }
        List<LayerPayment> payments = new ArrayList<>();
        long insured = 0;
        long retained = 0;
        boolean deductibleTaken = false;
        for (Layer layer : layers) {
            if (!layer.respondsToAny(perils)) {
                continue;
            }
            long band = Math.max(0, Math.min(loss - layer.attachmentUsd(), layer.limitUsd()));
            long responds = 0;
            long shared = 0;
            long partsLeft = parts;
            for (Map.Entry<Tier, Long> part : lossByTier.entrySet()) {
                if (part.getValue() > 0) {
                    // the band split by the tiers' shares of the loss; the last tier takes what rounding left, so
                    // the shares add up to the band (a 50,000,000 USD band never pays 49,999,999)
                    long share = --partsLeft == 0 ? band - shared : (long) ((double) band * part.getValue() / loss);
                    shared += share;
                    responds += Math.min(share, layer.limitFor(part.getKey()));
                }
            }
            responds = Math.min(responds, loss - insured - retained);
            if (responds <= 0) {
                continue;
            }
            long deductible = deductibleTaken ? 0 : Math.min(layer.policy().deductibleUsd(), responds);
            if (!deductibleTaken) {
                deductibleTaken = true;
                retained = deductible;
            }
            payments.add(new LayerPayment(layer, responds, responds - deductible));
            insured += responds - deductible;
        }
        return new Response(loss, payments, insured, retained, loss - insured - retained);
    }

    /**
     * The gaps in the tower, tier by tier: for the layers responding to a tier, lowest first, a layer attaching
     * above the top (attachment plus limit) of every layer beneath it leaves the band between uninsured; an excess
     * layer with nothing beneath it for a tier leaves everything below its attachment. The same gap in several
     * tiers is one gap naming them all.
     */
    public List<TowerGap> gaps() {
        Map<Gap, List<Tier>> found = new LinkedHashMap<>();
        for (Tier tier : HOT_FIRST) {
            long top = 0;
            Policy below = null;
            for (Layer layer : layers) {
                if (!layer.respondsTo(tier)) {
                    continue;
                }
                if (layer.attachmentUsd() > top) {
                    found.computeIfAbsent(new Gap(layer.policy(), below, top, layer.attachmentUsd()),
                            k -> new ArrayList<>()).add(tier);
                }
                if (layer.topUsd() > top) {
                    top = layer.topUsd();
                    below = layer.policy();
                }
            }
        }
        return found.entrySet().stream().map(e -> new TowerGap(e.getKey().above(), e.getKey().below(),
                e.getKey().from(), e.getKey().to(), e.getValue())).toList();
    }

    /** A gap as found in one tier; the same in another tier is the same gap. */
    private record Gap(Policy above, Policy below, long from, long to) {
    }
}
