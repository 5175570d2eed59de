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

    @Test
    void eachReasonWeighsWhatTheTableSaysAndTheFitIsTheirSum() throws Exception {
        Ranker ranker = new Ranker(ScoringTableLoader.load(ShippedRules.DATA));
        List<ProviderMatch> ranked = ranker.rank(CATALOG, WELL_RUN, List.of(FirmNeed.stated(Need.CRYPTO_FIRST_INSURER, 0)),
                Set.of());
        ProviderMatch evertas = ranked.get(0);
        assertThat(evertas.id()).isEqualTo("evertas");
        assertThat(evertas.fit()).isEqualTo(45 + 25 + 10);
        assertThat(evertas.reasons()).containsExactly(
                "Crypto-first insurer: matches need CRYPTO_FIRST_INSURER (stated in your profile)",
                "Best for your firm type (QUALIFIED_CUSTODIAN): Qualified custodians, exchanges, trustees, prime brokers.",
                "Supports every tier you hold: COLD, WARM and HOT");
    }

    @Test
    void changingATableWeightChangesTheFitAndTheOrder(@TempDir Path dir) throws Exception {
        ShippedRules.copyData(dir);
        Path table = dir.resolve("scoring.yaml");
        Files.writeString(table, Files.readString(table).replace("derived: {PRIMARY: 30, SECONDARY: 15}",
                "derived: {PRIMARY: 90, SECONDARY: 15}"));
        FirmNeed tower = new FirmNeed(Need.TOWER, false, "2,000,000,000 USD under custody", "/holdings/aumUsd");
        List<ProviderMatch> ranked = new Ranker(ScoringTableLoader.load(dir)).rank(CATALOG, WELL_RUN,
                List.of(FirmNeed.stated(Need.CRYPTO_FIRST_INSURER, 0), tower), Set.of());
        assertThat(ranked.get(0).id()).isEqualTo("marsh");
        assertThat(ranked.get(0).fit()).as("capped").isEqualTo(100);
    }

    @Test
    void bonusesAloneMakeNoCandidateAndExcludedProvidersAreLeftOut() {
        ScoringTable table = new ScoringTable(100, new ScoringTable.NeedWeights(weights(45, 25), weights(30, 15), false),
                new ScoringTable.Step(25, false), new ScoringTable.Step(10, true), new ScoringTable.Step(10, true), "x");
        List<ProviderMatch> ranked = new Ranker(table).rank(CATALOG, WELL_RUN,
                List.of(FirmNeed.stated(Need.CRYPTO_FIRST_INSURER, 0)), Set.of("evertas"));
        assertThat(ranked).extracting(ProviderMatch::id).doesNotContain("evertas", "munich-re", "lloyds");
        assertThat(ranked).extracting(ProviderMatch::id).contains("relm", "marsh");
    }

    private static Map<Strength, Integer> weights(int primary, int secondary) {
        Map<Strength, Integer> w = new EnumMap<>(Strength.class);
        w.put(Strength.PRIMARY, primary);
        w.put(Strength.SECONDARY, secondary);
        return w;
    }
}
