package com.custodyadvisor.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.profile.KeyScheme;
import com.custodyadvisor.profile.KeyStorage;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.profile.Wallet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wallet taxonomy as an underwriter applies it, and the assessed tier as the riskier of it and the declared. */
class WalletTaxonomyTest {

    private final WalletTaxonomy taxonomy = new WalletTaxonomy(3);

    private static Wallet wallet(Tier declared, Boolean online, KeyScheme scheme, Integer threshold, Integer fips,
                                 KeyStorage storage) {
        return new Wallet("w", declared, 1_000_000, scheme, threshold, threshold == null ? null : threshold + 1, fips,
                online, "in-house", null, storage, null);
    }

    @ParameterizedTest(name = "{0} {1} {2} threshold {3} FIPS {4} in {5}: {6}")
    @CsvSource(nullValues = "-", value = {
            // offline is cold
            "COLD, false, MULTISIG, 3, -, -, COLD",
            // online with a FIPS 140 level 3 HSM is warm, even for one key
            "WARM, true, HSM, -, 3, HSM, WARM",
            "WARM, true, SINGLE_KEY, -, 3, -, WARM",
            // online below level 3, a secure enclave or a hardware wallet: one key is hot, a quorum warm
            "WARM, true, SINGLE_KEY, -, 2, HSM, HOT",
            "WARM, true, MPC, 2, 2, HSM, WARM",
            "WARM, true, SINGLE_KEY, -, -, SECURE_ENCLAVE, HOT",
            "WARM, true, MULTISIG, 1, -, HARDWARE_WALLET, HOT",
            "WARM, true, MPC, 2, -, SECURE_ENCLAVE, WARM",
            // a general-purpose computer is hot even with multisig
            "WARM, true, MULTISIG, 2, -, GENERAL_PURPOSE_COMPUTER, HOT",
            // an on-chain smart-contract wallet is hot
            "WARM, true, SMART_CONTRACT, 3, -, -, HOT",
            // online with its key storage not given: one key is hot wherever it lives, a quorum warm at best
            "COLD, true, SINGLE_KEY, -, -, -, HOT",
            "COLD, true, MPC, 2, -, -, WARM",
            "COLD, true, -, -, -, -, WARM"})
    void classesEachWalletAsTheTaxonomySays(Tier declared, Boolean online, KeyScheme scheme, Integer threshold,
                                            Integer fips, KeyStorage storage, Tier expected) {
        assertThat(taxonomy.classify(wallet(declared, online, scheme, threshold, fips, storage)).tier())
                .isEqualTo(expected);
    }

    @Test
    void aRiskierDeclaredTierIsKeptAndSaysSo() {
        WalletTaxonomy.Assessment a = taxonomy.assess(wallet(Tier.HOT, true, KeyScheme.MPC, 2, 3, KeyStorage.HSM));

        assertThat(a.classified()).isEqualTo(Tier.WARM);
        assertThat(a.assessed()).isEqualTo(Tier.HOT);
        assertThat(a.isMisdeclared()).isFalse();
        assertThat(a.reason()).isEqualTo("online with keys in a FIPS 140 level 3 HSM (WARM by the taxonomy); the "
                + "declared HOT is stricter and kept");
    }

    @Test
    void aLaxerDeclaredTierIsRaisedAndIsMisdeclared() {
        WalletTaxonomy.Assessment a = taxonomy.assess(wallet(Tier.COLD, true, KeyScheme.SINGLE_KEY, null, null,
                KeyStorage.SECURE_ENCLAVE));

        assertThat(a.assessed()).isEqualTo(Tier.HOT);
        assertThat(a.isMisdeclared()).isTrue();
        assertThat(a.reason()).isEqualTo("online, one key signing alone, in a secure enclave: HOT");
    }

    @Test
    void aWalletWhoseOnlineStateIsNotGivenKeepsItsDeclaredTier() {
        WalletTaxonomy.Assessment a = taxonomy.assess(wallet(Tier.COLD, null, KeyScheme.SINGLE_KEY, null, null,
                KeyStorage.GENERAL_PURPOSE_COMPUTER));

        assertThat(a.classified()).isNull();
        assertThat(a.assessed()).isEqualTo(Tier.COLD);
        assertThat(a.reason()).isEqualTo("whether it is online is not given: the declared COLD is kept");
    }

    @Test
    void theFipsLevelAWarmHsmNeedsComesFromTheParameter() {
        Wallet levelTwo = wallet(Tier.WARM, true, KeyScheme.SINGLE_KEY, null, 2, KeyStorage.HSM);

        assertThat(new WalletTaxonomy(2).classify(levelTwo).tier()).isEqualTo(Tier.WARM);
        assertThat(new WalletTaxonomy(3).classify(levelTwo).tier()).isEqualTo(Tier.HOT);
    }
}
