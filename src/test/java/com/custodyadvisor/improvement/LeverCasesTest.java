package com.custodyadvisor.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Improvement;
import com.custodyadvisor.document.JsonPatch;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every lever of data/levers.yaml has a case (src/test/resources/improvement/lever-cases.yaml) where the search
 * chooses it, and is kept out of the same case once the findings it addresses are waived.
 */
class LeverCasesTest {

    private static final Path CASES = Path.of("src/test/resources/improvement/lever-cases.yaml");

    static Stream<Arguments> cases() throws Exception {
        JsonNode cases = Mappers.YAML.readTree(Files.readAllBytes(CASES));
        return cases.valueStream().map(c -> Arguments.of(c.get("lever").asString(), c));
    }

    @Test
    void everyLeverHasACase() throws Exception {
        List<String> cased = cases().map(a -> (String) a.get()[0]).toList();
        assertThat(cased).containsExactlyInAnyOrderElementsOf(
                ShippedRules.ruleSet().levers().all().stream().map(Lever::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void chosenWhereItClearsAndKeptOutOnceWaived(String lever, JsonNode c) throws Exception {
        Advisor advisor = ShippedRules.advisor();
        JsonNode tree = JsonPatch.apply(ShippedRules.example(c.get("example").asString()).tree(), c.get("patch"));
        SubmittedProfile submitted = new ProfileReader().read(tree);
        Advisory advisory = advisor.advise(submitted);
        assertThat(advisory.improvements()).as("improvements").extracting(Improvement::lever).contains(lever);
        Improvement chosen = advisory.improvements().stream().filter(i -> i.lever().equals(lever)).findFirst()
                .orElseThrow();
        assertThat(chosen.change()).doesNotContain("{").isNotBlank();
        PathToReadyProof.check(advisor, submitted, advisory);

        ObjectNode waived = (ObjectNode) tree.deepCopy();
        ArrayNode waivers = waived.withArray("/waivers");
        ShippedRules.ruleSet().levers().find(lever).orElseThrow().addresses().forEach(id -> waivers.addObject()
                .put("id", id).put("reason", "accepted by the board for this test"));
        Advisory without = advisor.advise(new ProfileReader().read(waived));
        assertThat(without.improvements()).extracting(Improvement::lever).doesNotContain(lever);
    }

    @Test
    void valueMovesOnlyIntoAWalletOfTheSameAsset() throws Exception {
        // the hot ETH wallet's excess goes to the smaller ETH wallet, never into the larger BTC one
        JsonNode patch = Mappers.YAML.readTree("""
                - {op: add, path: /wallets/0/asset, value: BTC}
                - {op: add, path: /wallets/1/asset, value: ETH}
                - {op: add, path: /wallets/-, value: {name: ETH omnibus, tier: WARM, valueUsd: 10000000, asset: ETH,
                    keyScheme: MPC, threshold: 2, keyShares: 3, online: true, provider: Fireblocks}}
                - {op: replace, path: /holdings/aumUsd, value: 160000000}
                """);
        JsonNode tree = JsonPatch.apply(ShippedRules.example("fintech-embedded.yaml").tree(), patch);
        Advisor advisor = ShippedRules.advisor();
        SubmittedProfile submitted = new ProfileReader().read(tree);
        Advisory advisory = advisor.advise(submitted);

        Improvement move = advisory.improvements().stream().filter(i -> i.lever().equals("MOVE-HOT-TO-COLD"))
                .findFirst().orElseThrow();
        assertThat(move.patch().valueStream().map(op -> op.get("path").asString()))
                .contains("/wallets/1/valueUsd", "/wallets/2/valueUsd").doesNotContain("/wallets/0/valueUsd");
        assertThat(move.change()).contains("\"ETH omnibus\"").doesNotContain("customer omnibus");
        PathToReadyProof.check(advisor, submitted, advisory);
    }
}
