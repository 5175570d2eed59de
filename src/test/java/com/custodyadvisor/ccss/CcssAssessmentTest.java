package com.custodyadvisor.ccss;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.MergePatch;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.ProfileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each CCSS aspect at levels 0 to 3, one profile per level: the well-run custodian of data/examples (which says
 * nothing of most aspects) with the fields of one aspect set, as references.md words its requirements.
 */
class CcssAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final ProfileReader READER = new ProfileReader();

    static Stream<Arguments> levels() {
        return Stream.of(
                // 1.01: a documented process (L1), witnessed (L2), validated entropy (L3)
                a(CcssAspect.KEY_GENERATION, 0, "{keyManagement: {keyGeneration: UNDOCUMENTED}}"),
                a(CcssAspect.KEY_GENERATION, 1, "{keyManagement: {keyGeneration: DOCUMENTED}}"),
                a(CcssAspect.KEY_GENERATION, 2, "{keyManagement: {keyGeneration: WITNESSED}}"),
                a(CcssAspect.KEY_GENERATION, 3, "{keyManagement: {keyGeneration: VALIDATED_ENTROPY}}"),
                // 1.02: deterministic wallets (L1); 2+ signatures, a redundant key, 2+ sites (L2); keys across
                // organisations (L3). The wallets are 3-of-5 and 2-of-3 with keys at 3 locations.
                a(CcssAspect.WALLET_CREATION, 0, "{keyManagement: {deterministicWallets: false}}"),
                a(CcssAspect.WALLET_CREATION, 1, "{keyManagement: {deterministicWallets: true, keyLocations: 1}}"),
                a(CcssAspect.WALLET_CREATION, 2, "{keyManagement: {deterministicWallets: true}, "
                        + "activities: {custodyModel: SELF}}"),
                a(CcssAspect.WALLET_CREATION, 3, "{keyManagement: {deterministicWallets: true}, "
                        + "activities: {custodyModel: SHARED}}"),
                // 1.03: hardware isolation and a backup (L1); backups of a quorum, off-site, tamper-evident (L2);
                // encrypted as strongly as the primaries (L3)
                a(CcssAspect.KEY_STORAGE, 0, "{keyManagement: {backups: {held: false}}}"),
                a(CcssAspect.KEY_STORAGE, 1, "{keyManagement: {backups: {held: true, coverQuorum: false}}}"),
                a(CcssAspect.KEY_STORAGE, 2, "{keyManagement: {backups: {coverQuorum: true, offsite: true, "
                        + "tamperEvident: true, encrypted: false}}}"),
                a(CcssAspect.KEY_STORAGE, 3, "{keyManagement: {backups: {coverQuorum: true, offsite: true, "
                        + "tamperEvident: true, encrypted: true}}}"),
                // 1.04: 2 factors and identity checks (L1); whitelists and spending policies (L2, in place in the
                // base); 3 factors and background checks (L3)
                a(CcssAspect.KEY_USAGE, 0, "{keyManagement: {authenticationFactors: 1, "
                        + "keyHolderChecks: IDENTITY_AND_REFERENCES}}"),
                a(CcssAspect.KEY_USAGE, 1, "{keyManagement: {authenticationFactors: 2, "
                        + "keyHolderChecks: IDENTITY_AND_REFERENCES}, controls: {withdrawalWhitelists: false}}"),
                a(CcssAspect.KEY_USAGE, 2, "{keyManagement: {authenticationFactors: 2, "
                        + "keyHolderChecks: IDENTITY_AND_REFERENCES}}"),
                a(CcssAspect.KEY_USAGE, 3, "{keyManagement: {authenticationFactors: 3, "
                        + "keyHolderChecks: BACKGROUND_CHECKS}}"),
                a(CcssAspect.KEY_COMPROMISE, 0, "{keyManagement: {compromiseProtocol: NONE}}"),
                a(CcssAspect.KEY_COMPROMISE, 1, "{keyManagement: {compromiseProtocol: INVENTORY_ONLY}}"),
                a(CcssAspect.KEY_COMPROMISE, 2, "{keyManagement: {compromiseProtocol: DOCUMENTED}}"),
                a(CcssAspect.KEY_COMPROMISE, 3, "{keyManagement: {compromiseProtocol: DRILLED}}"),
                a(CcssAspect.GRANT_REVOKE, 0, "{keyManagement: {grantRevoke: NONE}}"),
                a(CcssAspect.GRANT_REVOKE, 1, "{keyManagement: {grantRevoke: INFORMAL}}"),
                a(CcssAspect.GRANT_REVOKE, 2, "{keyManagement: {grantRevoke: CHECKLISTS}}"),
                a(CcssAspect.GRANT_REVOKE, 3, "{keyManagement: {grantRevoke: AUDIT_TRAIL}}"),
                // 2.01: a security expert in the design (L1); a third-party audit or test (L2); yearly (L3)
                a(CcssAspect.AUDITS, 0, "{controls: {securityExpertInDesign: false}}"),
                a(CcssAspect.AUDITS, 1, "{controls: {securityExpertInDesign: true, independentAudit: null}}"),
                a(CcssAspect.AUDITS, 2, "{controls: {securityExpertInDesign: true, independentAudit: false, "
                        + "lastPenetrationTest: 2024-03-31}}"),
                a(CcssAspect.AUDITS, 3, "{controls: {securityExpertInDesign: true, independentAudit: true}}"),
                a(CcssAspect.DATA_SANITISATION, 0, "{controls: {dataSanitisation: NONE}}"),
                a(CcssAspect.DATA_SANITISATION, 1, "{controls: {dataSanitisation: AWARENESS}}"),
                a(CcssAspect.DATA_SANITISATION, 2, "{controls: {dataSanitisation: POLICY}}"),
                a(CcssAspect.DATA_SANITISATION, 3, "{controls: {dataSanitisation: POLICY_AND_LOG}}"),
                a(CcssAspect.PROOF_OF_RESERVE, 0, "{controls: {proofOfReserve: {kind: NONE}}}"),
                a(CcssAspect.PROOF_OF_RESERVE, 1, "{controls: {proofOfReserve: {kind: ONE_OFF}}}"),
                a(CcssAspect.PROOF_OF_RESERVE, 2, "{controls: {proofOfReserve: {kind: REGULAR}}}"),
                a(CcssAspect.PROOF_OF_RESERVE, 3, "{controls: {proofOfReserve: {kind: ON_CHAIN}}}"),
                a(CcssAspect.AUDIT_LOGS, 0, "{controls: {auditLogs: NONE}}"),
                a(CcssAspect.AUDIT_LOGS, 1, "{controls: {auditLogs: SOME_ACTIONS}}"),
                a(CcssAspect.AUDIT_LOGS, 2, "{controls: {auditLogs: ALL_ACTIONS}}"),
                a(CcssAspect.AUDIT_LOGS, 3, "{controls: {auditLogs: ALL_ACTIONS_BACKED_UP}}"));
    }

    private static Arguments a(CcssAspect aspect, int level, String patch) {
        return Arguments.of(aspect, level, patch);
    }

    @ParameterizedTest(name = "{0} at level {1}: {2}")
    @MethodSource("levels")
    void eachAspectReachesTheLevelItsFieldsSupport(CcssAspect aspect, int level, String patch) throws Exception {
        AspectLevel result = assess(patch).aspects().get(aspect.ordinal());

        assertThat(result.aspect()).isEqualTo(aspect);
        assertThat(result.level()).isEqualTo(level);
        assertThat(result.isAssessed()).isTrue();
        if (level == 3) {
            assertThat(result.next()).isNull();
            assertThat(result.unmet()).isEmpty();
        } else {
            assertThat(result.next().level()).isEqualTo(level + 1);
            assertThat(result.next().number()).isEqualTo(aspect.number() + " L" + (level + 1));
        }
    }

    @Test
    void anAspectTheProfileSaysNothingOfIsNotAssessedAndLeftOutOfTheOverallLevel() throws Exception {
        CcssAssessment ccss = assess("{keyManagement: {compromiseProtocol: DOCUMENTED, grantRevoke: AUDIT_TRAIL}}");

        AspectLevel generation = ccss.aspects().get(CcssAspect.KEY_GENERATION.ordinal());
        assertThat(generation.isAssessed()).isFalse();
        assertThat(generation.state()).isEqualTo("not confirmed");
        assertThat(ccss.notAssessed()).extracting(AspectLevel::aspect).doesNotContain(CcssAspect.KEY_COMPROMISE,
                CcssAspect.GRANT_REVOKE);
        assertThat(ccss.level()).as("the lowest of the aspects assessed").isEqualTo(2);
    }

    @Test
    void withNoAspectDescribedThereIsNoOverallLevel() throws Exception {
        CcssAssessment ccss = assess("{}");

        assertThat(ccss.level()).isNull();
        assertThat(ccss.notAssessed()).hasSize(CcssAspect.values().length);
    }

    @Test
    void aLevelReachedOnARequirementLeftOutIsNotExact() throws Exception {
        // 1.02 at level 2 with the co-signer question (L3) left out: at least 2, maybe 3
        AspectLevel creation = assess("{keyManagement: {deterministicWallets: true}}").aspects()
                .get(CcssAspect.WALLET_CREATION.ordinal());

        assertThat(creation.level()).isEqualTo(2);
        assertThat(creation.isExact()).isFalse();
        assertThat(creation.unmet()).endsWith(": not confirmed");
    }

    private static CcssAssessment assess(String patch) throws Exception {
        JsonNode base = Mappers.YAML.readTree(Files.readAllBytes(Path.of("data/examples/qualified-custodian.yaml")));
        JsonNode patched = MergePatch.apply(base, Mappers.YAML.readTree(patch));
        Profile profile = READER.read(Mappers.JSON.writeValueAsString(patched).getBytes(StandardCharsets.UTF_8))
                .profile();
        return CcssAssessment.of(profile, TODAY);
    }
}
