package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.LayerGap;
import com.custodyadvisor.advisory.ProgrammeLayer;
import com.custodyadvisor.advisory.ProgrammeSchedule;
import com.custodyadvisor.advisory.ReliedOnCover;
import com.custodyadvisor.advisory.ScenarioLoss;
import com.custodyadvisor.advisory.ScenarioPayment;
import com.custodyadvisor.advisory.WalletAssessment;
import com.custodyadvisor.exposure.Exposure;
import com.custodyadvisor.exposure.Layer;
import com.custodyadvisor.exposure.LossScenario;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.Tier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exposure model and the scenarios the rules declared, as the advisory gives them: with JSON Pointers into
 * the submitted profile instead of facts, tiers HOT first.
 */
final class ExposureView {

    private final Advice advice;
    private final Exposure exposure;

    ExposureView(Advice advice) {
        this.advice = advice;
        this.exposure = advice.exposure();
    }

    List<WalletAssessment> wallets() {
        return exposure.wallets().stream().map(a -> new WalletAssessment(advice.pathOf(a), a.wallet().name(),
                a.valueUsd(), a.declaredTier(), a.tier(), a.reason())).toList();
    }

    ProgrammeSchedule programme() {
        List<ProgrammeLayer> layers = exposure.programme().layers().stream().map(this::layer).toList();
        List<ReliedOnCover> reliedOn = exposure.profile().policies().stream().filter(p -> !p.isOwnCover())
                .map(p -> new ReliedOnCover(advice.pathOf(p), p.label(), p.line(), p.carrier(), p.limitUsd(), p.basis(),
                        p.firmIsNamedInsured(), p.whyNotOwn()))
                .toList();
        List<LayerGap> gaps = exposure.programme().gaps().stream().map(g -> new LayerGap(advice.pathOf(g.above()),
                g.below() == null ? null : advice.pathOf(g.below()), g.fromUsd(), g.toUsd(), g.tiers())).toList();
        return new ProgrammeSchedule(layers, reliedOn, gaps);
    }

    private ProgrammeLayer layer(Layer l) {
        Policy p = l.policy();
        return new ProgrammeLayer(advice.pathOf(p), p.label(), p.line(), p.carrier(), p.attachmentUsd(), p.limitUsd(),
                l.topUsd(), p.deductibleUsd(), hotFirst(l.tierLimits()), l.perilsInOrder(), p.followForm(),
                l.follows().stream().map(advice::pathOf).toList());
    }

    /** The declared scenarios, worst first as rules rank them ({@link LossScenario#outranks}): largest loss first. */
    List<ScenarioLoss> scenarios() {
        return advice.scenarios().stream().sorted((a, b) -> a.outranks(b) ? -1 : b.outranks(a) ? 1 : 0)
                .map(this::scenario).toList();
    }

    private ScenarioLoss scenario(LossScenario s) {
        List<ScenarioPayment> payments = s.response().payments().stream().map(p -> new ScenarioPayment(
                advice.pathOf(p.layer().policy()), p.layer().policy().label(), p.layer().attachmentUsd(),
                p.respondsUsd(), p.paysUsd())).toList();
        return new ScenarioLoss(s.id(), s.name(), s.about(), s.lossUsd(), hotFirst(s.lossByTier()), s.untieredUsd(),
                s.perils(), s.wallets().stream().map(advice::pathOf).toList(), payments, s.insuredUsd(),
                s.retainedUsd(), s.uninsuredUsd(), s.lever());
    }

    /** The tiers of a map that hold more than nothing, HOT first. */
    private static Map<Tier, Long> hotFirst(Map<Tier, Long> byTier) {
        Map<Tier, Long> ordered = new LinkedHashMap<>();
        Exposure.HOT_FIRST.stream().filter(t -> byTier.getOrDefault(t, 0L) > 0).forEach(t -> ordered.put(t, byTier.get(t)));
        return Collections.unmodifiableMap(ordered);
    }
}
