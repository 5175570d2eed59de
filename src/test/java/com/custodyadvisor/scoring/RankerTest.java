package com.custodyadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.FirmNeed;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.Strength;
import com.custodyadvisor.profile.Need;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranker applies the scoring table to what the rules decided (needs, exclusions) and the catalogue. */
class RankerTest {

    private static final Catalog CATALOG = ShippedRules.catalog();
    private static final Profile WELL_RUN = ShippedRules.example("qualified-custodian.yaml").profile();
    private static final FirmNeed CRYPTO_FIRST = FirmNeed.stated(Need.CRYPTO_FIRST_INSURER, 0);
    private static final FirmNeed TOWER = derived(Need.TOWER);
    private static final FirmNeed REINSURANCE = derived(Need.REINSURANCE_BACKING);

    @Test
    void eachReasonWeighsWhatTheTableSaysAndTheFitIsTheirSum() throws Exception {
        Ranker ranker = new Ranker(ScoringTableLoader.load(ShippedRules.DATA));
        List<ProviderMatch> ranked = ranker.rank(CATALOG, WELL_RUN, List.of(CRYPTO_FIRST), Set.of());
        ProviderMatch evertas = ranked.get(0);
        assertThat(evertas.id()).isEqualTo("evertas");
        assertThat(evertas.fit()).isEqualTo(45 + 25 + 10);
        assertThat(evertas.standing()).isEqualTo(new ProviderMatch.Standing("ASKED",
                "the guide's pick for a need you stated"));
        assertThat(evertas.reasons()).containsExactly(
                "Crypto-first insurer: matches need CRYPTO_FIRST_INSURER (stated in your profile)",
                "Best for your firm type (QUALIFIED_CUSTODIAN): Qualified custodians, exchanges, trustees, prime brokers.",
                "Supports every tier you hold: COLD, WARM and HOT");
    }

    @Test
    void theGuidesPickForAStatedNeedRanksAboveHigherFitsFromDerivedNeedsAndBestFor() throws Exception {
        Ranker ranker = new Ranker(ScoringTableLoader.load(ShippedRules.DATA));
        List<ProviderMatch> ranked = ranker.rank(CATALOG, WELL_RUN,
                List.of(FirmNeed.stated(Need.STAKING_DEFI_COVER, 0), TOWER), Set.of());
        assertThat(ranked.get(0).id()).isEqualTo("chainproof");
        assertThat(ranked.get(0).fit()).as("stated 45 + Best for 25").isEqualTo(70);
        ProviderMatch marsh = ranked.stream().filter(p -> p.id().equals("marsh")).findFirst().orElseThrow();
        assertThat(marsh.standing().id()).isEqualTo("NAMED");
        // Munich Re only helps: a secondary fit for the stated need and for the tower
        assertThat(ranked).last().extracting(p -> p.standing().id()).isEqualTo("HELPS");
    }

    @Test
    void withinAStandingTheProvidersOfATowerRankInTheOrderOfApproach() throws Exception {
        List<ProviderMatch> ranked = new Ranker(ScoringTableLoader.load(ShippedRules.DATA)).rank(CATALOG, WELL_RUN,
                List.of(TOWER, REINSURANCE), Set.of());
        // by fit alone: marsh 65, munich-re 55, aon 40, lloyds 40, evertas 35
        assertThat(ranked).extracting(ProviderMatch::id)
                .startsWith("marsh", "aon", "lloyds", "munich-re", "evertas");
        assertThat(ranked).extracting(ProviderMatch::fit).startsWith(65, 40, 40, 55, 35);
    }

    @Test
    void changingTheTableChangesTheWeightsStandingsAndOrderOfApproach(@TempDir Path dir) throws Exception {
        ShippedRules.copyData(dir);
        Path table = dir.resolve("scoring.yaml");
        Files.writeString(table, Files.readString(table)
                .replace("derived: {PRIMARY: 30, SECONDARY: 15}", "derived: {PRIMARY: 90, SECONDARY: 15}")
                .replace("reasons: [STATED_PRIMARY]", "reasons: []")
                .replace("orders: [TOWER]", "orders: []"));
        List<ProviderMatch> ranked = new Ranker(ScoringTableLoader.load(dir)).rank(CATALOG, WELL_RUN,
                List.of(CRYPTO_FIRST, TOWER, REINSURANCE), Set.of());
        assertThat(ranked.get(0).id()).as("no standing for a stated need: fit decides").isEqualTo("marsh");
        assertThat(ranked.get(0).fit()).as("capped").isEqualTo(100);
        assertThat(ranked).extracting(ProviderMatch::id).as("no order of approach: the reinsurer by its fit")
                .startsWith("marsh", "aon", "munich-re", "lloyds");
    }

    @Test
    void bonusesAloneMakeNoCandidateAndExcludedProvidersAreLeftOut() throws Exception {
        ScoringTable shipped = ScoringTableLoader.load(ShippedRules.DATA);
        ScoringTable table = new ScoringTable(100, new ScoringTable.NeedWeights(weights(45, 25), weights(30, 15), false),
                new ScoringTable.Step(25, false), new ScoringTable.Step(10, true), new ScoringTable.Step(10, true),
                shipped.standings(), shipped.approach(), "x");
        List<ProviderMatch> ranked = new Ranker(table).rank(CATALOG, WELL_RUN, List.of(CRYPTO_FIRST), Set.of("evertas"));
        assertThat(ranked).extracting(ProviderMatch::id).doesNotContain("evertas", "munich-re", "lloyds");
        assertThat(ranked).extracting(ProviderMatch::id).contains("relm", "marsh");
    }

    private static FirmNeed derived(Need need) {
        return new FirmNeed(need, false, "a test", "/holdings/aumUsd");
    }

    private static Map<Strength, Integer> weights(int primary, int secondary) {
        Map<Strength, Integer> w = new EnumMap<>(Strength.class);
        w.put(Strength.PRIMARY, primary);
        w.put(Strength.SECONDARY, secondary);
        return w;
    }
}
