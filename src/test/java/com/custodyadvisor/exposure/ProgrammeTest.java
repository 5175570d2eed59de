package com.custodyadvisor.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.profile.Peril;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.PolicyBasis;
import com.custodyadvisor.profile.PolicyLine;
import com.custodyadvisor.profile.Tier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a programme of layers pays for one loss, and where its tower leaves gaps. */
class ProgrammeTest {

    private static final Set<Peril> THEFT = Set.of(Peril.EXTERNAL_THEFT);
    private static final long M = 1_000_000;

    private static Policy layer(PolicyLine line, String carrier, long attachment, long limit, long deductible,
                                Map<Tier, Long> sublimits, List<Peril> covers, Boolean followForm) {
        return new Policy(line, carrier, limit, deductible, sublimits, covers, true, true, true, true,
                PolicyBasis.PLATFORM_WIDE, true, attachment, followForm, null, null, null, null);
    }

    private static Policy primary(long limit, long deductible, Map<Tier, Long> sublimits) {
        return layer(PolicyLine.CRIME, "Lead", 0, limit, deductible, sublimits,
                List.of(Peril.EXTERNAL_THEFT, Peril.KEY_COMPROMISE), null);
    }

    private static Policy excess(String carrier, long attachment, long limit) {
        return layer(PolicyLine.CRIME, carrier, attachment, limit, 0, Map.of(), List.of(), true);
    }

    @Test
    void stackedLayersPayALossFromTheBottomUpLessTheFirstDeductible() {
        Programme p = Programme.of(List.of(primary(25 * M, M, Map.of()), excess("A", 25 * M, 50 * M),
                excess("B", 75 * M, 100 * M)));

        Response r = p.respond(Map.of(Tier.HOT, 60 * M), THEFT);

        assertThat(r.payments()).extracting(LayerPayment::respondsUsd).containsExactly(25 * M, 35 * M);
        assertThat(r.payments()).extracting(LayerPayment::paysUsd).containsExactly(24 * M, 35 * M);
        assertThat(r.insuredUsd()).isEqualTo(59 * M);
        assertThat(r.retainedUsd()).isEqualTo(M);
        assertThat(r.uninsuredUsd()).isZero();
        assertThat(p.gaps()).isEmpty();
    }

    @Test
    void aLayerAttachingAboveALossIsNotReachedBelowItsSubLimitTier() {
        // the primary pays hot losses up to its 50M sub-limit; the excess attaches at 100M whatever the tier
        Programme p = Programme.of(List.of(primary(100 * M, 0, Map.of(Tier.HOT, 50 * M, Tier.COLD, 100 * M)),
                layer(PolicyLine.CRIME, "A", 100 * M, 150 * M, 0, Map.of(Tier.HOT, 50 * M, Tier.COLD, 150 * M),
                        List.of(), true)));

        Response r = p.respond(Map.of(Tier.HOT, 90 * M), THEFT);

        assertThat(r.insuredUsd()).isEqualTo(50 * M);
        assertThat(r.uninsuredUsd()).isEqualTo(40 * M);
        assertThat(p.gaps()).as("the excess attaches at the primary's whole limit: no gap in the tower").isEmpty();
    }

    @Test
    void separatePrimariesBothRespondButNeverPayMoreThanTheLoss() {
        Policy crime = primary(150 * M, M, Map.of(Tier.COLD, 150 * M));
        Policy specie = layer(PolicyLine.SPECIE, "Specie", 0, 500 * M, 0, Map.of(Tier.COLD, 500 * M),
                List.of(Peril.PHYSICAL_LOSS, Peril.EXTERNAL_THEFT), null);
        Programme p = Programme.of(List.of(crime, specie));

        assertThat(p.respond(Map.of(Tier.COLD, 1_000 * M), THEFT).coveredUsd()).isEqualTo(650 * M);
        Response small = p.respond(Map.of(Tier.COLD, 100 * M), THEFT);
        assertThat(small.coveredUsd()).isEqualTo(100 * M);
        assertThat(small.payments()).extracting(LayerPayment::paysUsd).containsExactly(99 * M);
    }

    @Test
    void aLayerRespondsOnlyToThePerilsItOrItsPrimaryNames() {
        Programme p = Programme.of(List.of(primary(25 * M, 0, Map.of()), excess("A", 25 * M, 50 * M)));

        assertThat(p.respond(Map.of(Tier.HOT, 60 * M), Set.of(Peril.SOCIAL_ENGINEERING)).insuredUsd()).isZero();
        assertThat(p.layers().get(1).perils()).as("following form, the primary's perils")
                .containsExactlyInAnyOrder(Peril.EXTERNAL_THEFT, Peril.KEY_COMPROMISE);
        assertThat(p.namesAnyFor(List.of(Tier.HOT), Set.of(Peril.SOCIAL_ENGINEERING))).isFalse();
    }

    @Test
    void aCrimeWordingNamingNoPerilAnswersForTheftAsSuch() {
        Programme p = Programme.of(List.of(layer(PolicyLine.CRIME, "X", 0, 10 * M, 0, Map.of(), List.of(), null)));

        assertThat(p.layers().get(0).perils()).containsExactlyInAnyOrder(Peril.EXTERNAL_THEFT, Peril.INTERNAL_THEFT);
    }

    @Test
    void aFollowFormLayerWithoutSubLimitsTakesThePrimarysTiers() {
        Programme p = Programme.of(List.of(primary(25 * M, 0, Map.of(Tier.HOT, 10 * M, Tier.COLD, 25 * M)),
                excess("A", 25 * M, 50 * M)));

        assertThat(p.layers().get(1).tierLimits()).isEqualTo(Map.of(Tier.HOT, 50 * M, Tier.COLD, 50 * M));
        assertThat(p.respondsTo(Tier.WARM)).isFalse();
    }

    @Test
    void aLossOverTiersIsSharedInProportionAndCappedByEachTiersSubLimit() {
        Programme p = Programme.of(List.of(primary(100 * M, 0, Map.of(Tier.HOT, 10 * M, Tier.WARM, 100 * M))));

        Response r = p.respond(Map.of(Tier.HOT, 50 * M, Tier.WARM, 50 * M), THEFT);

        assertThat(r.insuredUsd()).isEqualTo(60 * M);
        assertThat(r.uninsuredUsd()).isEqualTo(40 * M);
    }

    @Test
    void aLayerAttachingAboveTheTopOfTheLayersBelowLeavesAGapInTheTiersTheyShare() {
        Policy lead = primary(25 * M, 0, Map.of(Tier.HOT, 25 * M, Tier.COLD, 25 * M));
        Policy a = excess("A", 25 * M, 50 * M);
        Policy b = excess("B", 100 * M, 100 * M);
        Policy specie = layer(PolicyLine.SPECIE, "Specie", 0, 400 * M, 0, Map.of(Tier.COLD, 400 * M),
                List.of(Peril.PHYSICAL_LOSS), null);

        List<TowerGap> gaps = Programme.of(List.of(lead, a, b, specie)).gaps();

        // the cold-only specie reaches 400M, so cold has no gap; hot does
        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.above()).isSameAs(b);
            assertThat(g.below()).isSameAs(a);
            assertThat(g.fromUsd()).isEqualTo(75 * M);
            assertThat(g.toUsd()).isEqualTo(100 * M);
            assertThat(g.tiers()).containsExactly(Tier.HOT);
        });
    }

    @Test
    void anExcessLayerWithNoPrimaryLeavesEverythingBelowItsAttachment() {
        List<TowerGap> gaps = Programme.of(List.of(layer(PolicyLine.CRIME, "A", 25 * M, 50 * M, 0, Map.of(),
                List.of(Peril.EXTERNAL_THEFT), null))).gaps();

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.hasNoPrimary()).isTrue();
            assertThat(g.fromUsd()).isZero();
            assertThat(g.tiers()).containsExactly(Tier.HOT, Tier.WARM, Tier.COLD);
        });
    }

    @Test
    void onlyTheFirmsOwnTheftCoverIsAProgrammeLayer() {
        Policy contingent = new Policy(PolicyLine.CRIME, "Vendor", 250 * M, 0, Map.of(), List.of(Peril.EXTERNAL_THEFT),
                null, null, null, null, PolicyBasis.CONTINGENT, true, 0, null, null, null, null, null);
        Policy unconfirmed = new Policy(PolicyLine.CRIME, "X", 10 * M, 0, Map.of(), List.of(), null, null, null, null,
                PolicyBasis.PLATFORM_WIDE, null, 0, null, null, null, null, null);
        Policy cyber = layer(PolicyLine.CYBER, "Cyber", 0, 10 * M, 0, Map.of(), List.of(Peril.EXTERNAL_THEFT), null);

        assertThat(Programme.of(List.of(contingent, unconfirmed, cyber)).layers()).isEmpty();
        assertThat(contingent.whyNotOwn()).startsWith("it is CONTINGENT cover");
        assertThat(unconfirmed.whyNotOwn()).isEqualTo(
                "not counted: the firm is not confirmed as a named insured (firmIsNamedInsured left out)");
    }
}
