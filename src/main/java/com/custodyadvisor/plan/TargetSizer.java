package com.custodyadvisor.plan;

import com.custodyadvisor.advisory.LayerWriter;
import com.custodyadvisor.advisory.PlanStep;
import com.custodyadvisor.advisory.ProgrammeTarget;
import com.custodyadvisor.advisory.SketchLayer;
import com.custodyadvisor.exposure.LayerPayment;
import com.custodyadvisor.exposure.LossScenario;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.parameters.Unit;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Works out the programme's target limit and sketches its layers for the scenario a rule chose: the loss, held to
 * what the market writes for it (its capacity for one risk; hot loss counted only up to the hot sub-limits that
 * can be had), never below what the programme pays now; a primary of one carrier's line where the firm holds no
 * cover, and excess above it or above the programme in force. Every figure comes from data/parameters.yaml.
 */
public final class TargetSizer {

    static final String CARRIER_LINE = "carrier-line-usd";
    static final String MARKET_CAPACITY = "market-capacity-usd";
    static final String HOT_SUBLIMIT_SCARCE = "hot-sublimit-scarce-usd";

    /** The parameters the sizing reads: {@code rules validate} reports a parameters file without them. */
    public static final Map<String, Unit> PARAMETERS = Map.of(CARRIER_LINE, Unit.USD, MARKET_CAPACITY, Unit.USD,
            HOT_SUBLIMIT_SCARCE, Unit.USD);

    /** What reports and the rule catalogue call it, as a user of parameters. */
    public static final String USER = "the plan's target limit and layers";

    private static final String LEAD = "LEAD";
    private static final String CAPACITY = "CAPACITY";

    private final long carrierLineUsd;
    private final long marketCapacityUsd;
    private final long hotScarceUsd;

    public TargetSizer(Parameters parameters) {
        this.carrierLineUsd = parameters.usd(CARRIER_LINE);
        this.marketCapacityUsd = parameters.usd(MARKET_CAPACITY);
        this.hotScarceUsd = parameters.usd(HOT_SUBLIMIT_SCARCE);
    }

    /**
     * The target for the chosen scenario, its layers written by the providers of these plan steps.
     *
     * @param pathOf the JSON Pointer of a policy of the profile
     */
    public ProgrammeTarget size(TargetScenario chosen, List<PlanStep> steps, Function<Policy, String> pathOf) {
        LossScenario s = chosen.scenario();
        long loss = s.lossUsd();
        long hotHeld = s.buyableUsd(Long.MAX_VALUE, hotScarceUsd);
        long buyable = s.buyableUsd(marketCapacityUsd, hotScarceUsd);
        String buyableWhy = buyable >= loss ? "within the about " + Money.usd(marketCapacityUsd)
                + " the market writes for one digital-asset risk"
                : hotHeld <= marketCapacityUsd ? "hot sub-limits above about " + Money.usd(hotScarceUsd) + " are scarce"
                : "no market writes more than about " + Money.usd(marketCapacityUsd) + " for one digital-asset risk";
        long covered = s.coveredUsd();
        long target = s.targetUsd(marketCapacityUsd, hotScarceUsd);
        boolean answered = covered >= target;
        long toPlace = target - Math.min(covered, target);
        long uninsured = loss - target;

        List<SketchLayer> layers = new ArrayList<>();
        for (LayerPayment p : s.response().payments()) {
            long attachment = p.layer().attachmentUsd();
            layers.add(new SketchLayer(attachment == 0 ? SketchLayer.PRIMARY : SketchLayer.EXCESS,
                    p.layer().policy().label(), true, pathOf.apply(p.layer().policy()), attachment, p.respondsUsd(),
                    attachment + p.respondsUsd(), null, null, null));
        }
        if (!answered) {
            long attachment = covered;
            if (covered == 0) {
                long primary = Math.min(target, carrierLineUsd);
                layers.add(toPlace(SketchLayer.PRIMARY, "Primary to place", 0, primary, step(steps, LEAD)));
                attachment = primary;
            }
            if (target > attachment) {
                Optional<PlanStep> excess = step(steps, CAPACITY).or(() -> step(steps, LEAD));
                String label = target - attachment > carrierLineUsd ? "Excess to place, shared by several carriers"
                        : "Excess to place";
                layers.add(toPlace(SketchLayer.EXCESS, label, attachment, target - attachment, excess));
            }
        }
        return new ProgrammeTarget(s.id(), s.name(), chosen.why(), loss, buyable, buyableWhy, target, loss - target,
                s.lever(), covered, answered, toPlace, uninsured, advice(s, covered, target, toPlace, uninsured,
                answered, buyableWhy) + sought(chosen.requestedUsd(), loss, target, buyableWhy), layers);
    }

    private static String advice(LossScenario s, long covered, long target, long toPlace, long uninsured,
                                 boolean answered, String buyableWhy) {
        StringBuilder text = new StringBuilder();
        if (uninsured > 0) {
            text.append("First make the loss smaller by ").append(Money.usd(uninsured)).append(": ").append(s.lever())
                    .append(". ");
        }
        if (answered) {
            text.append("Your own programme already answers ").append(Money.usd(covered)).append(" of this ")
                    .append(Money.usd(s.lossUsd())).append(" loss: keep it at renewal, and check its limits against ")
                    .append("this scenario each time.");
        } else {
            text.append("Place ").append(Money.usd(toPlace)).append(" of cover")
                    .append(covered > 0 ? " over the " + Money.usd(covered) + " your programme answers now" : "")
                    .append(", to reach ").append(Money.usd(target)).append('.');
        }
        if (uninsured > 0) {
            text.append(" Until the loss is smaller, ").append(Money.usd(uninsured)).append(" of it stays uninsured: ")
                    .append(buyableWhy).append('.');
        }
        return text.toString();
    }

    // the limit the firm seeks, set against the target (CL-REQUESTED-LIMIT judges one below it)
    private String sought(Long requestedUsd, long loss, long target, String buyableWhy) {
        if (requestedUsd == null || requestedUsd == target) {
            return "";
        }
        String seek = " The limit you seek, " + Money.usd(requestedUsd) + ", is ";
        if (requestedUsd < target) {
            return seek + Money.usd(target - requestedUsd) + " short of this target.";
        }
        String aboveLoss = requestedUsd > loss ? "more than this scenario could lose" : null;
        if (requestedUsd > marketCapacityUsd) {
            return seek + "more than the about " + Money.usd(marketCapacityUsd) + " the market writes for one "
                    + "digital-asset risk" + (aboveLoss == null ? "" : ", and " + aboveLoss) + ".";
        }
        return seek + (aboveLoss != null ? aboveLoss : "more than can be bought for it: " + buyableWhy) + ".";
    }

    private static SketchLayer toPlace(String kind, String label, long attachment, long limit, Optional<PlanStep> step) {
        List<LayerWriter> writers = step.map(st -> st.providers().stream()
                .map(p -> new LayerWriter(p.id(), p.name(), p.lineSize().text())).toList()).orElse(List.of());
        return new SketchLayer(kind, label, false, null, attachment, limit, attachment + limit,
                step.map(PlanStep::step).orElse(null), step.map(PlanStep::title).orElse(null), writers);
    }

    private static Optional<PlanStep> step(List<PlanStep> steps, String id) {
        return steps.stream().filter(s -> s.step().equals(id)).findFirst();
    }
}
