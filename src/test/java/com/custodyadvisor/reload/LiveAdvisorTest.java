package com.custodyadvisor.reload;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisorFactory;
import com.custodyadvisor.support.RunawayRules;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveAdvisorTest {

    private static final String RULE = """
            package custody.rules;
            import com.custodyadvisor.profile.*;
            global com.custodyadvisor.engine.Advice advice;
            rule "%s"
                @id("%s") @severity("HIGH") @category("TEST") @source("test")
            when
                Firm()
            then
            end
            """;

    @Test
    void aGoodChangeIsSwappedInAndABrokenOneKeepsTheOldRulesServing(@TempDir Path dir) throws Exception {
        Path rules = copyDataAnd(dir, "first");
        LiveAdvisor live = new LiveAdvisor(AdvisorFactory.load(rules, dir.resolve("data")), rules, dir.resolve("data"),
                Clock.systemUTC());
        Advisor before = live.get();

        Files.writeString(rules.resolve("r.drl"), RULE.formatted("Second", "T-SECOND"));
        ReloadResult good = live.reload(true);
        assertThat(good.swapped()).isTrue();
        assertThat(live.get()).isNotSameAs(before);
        assertThat(live.get().ruleSet().byId("T-SECOND")).isPresent();
        assertThat(live.status().lastReloadError()).isNull();
        assertThat(live.status().activeRulesetVersion()).isEqualTo(good.rulesetVersion());

        Advisor serving = live.get();
        Files.writeString(rules.resolve("r.drl"), RULE.formatted("Broken", "T-BROKEN").replace("Firm()", "Firm( nmae )"));
        ReloadResult broken = live.reload();
        assertThat(broken.swapped()).isFalse();
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p).contains("r.drl:7:"));
        assertThat(live.get()).isSameAs(serving);
        assertThat(live.status().lastReloadError()).isEqualTo(broken.problems());
        assertThat(live.status().activeRulesetVersion()).isEqualTo(serving.ruleSet().version());
    }

    @Test
    void aRuleSetThatLoopsOnTheExamplesIsRefused(@TempDir Path dir) throws Exception {
        LiveAdvisor live = liveWithExamples(dir);
        Advisor serving = live.get();
        Files.writeString(dir.resolve("rules/loop.drl"), """
                package custody.rules;
                import com.custodyadvisor.profile.*;
                """ + RunawayRules.INSERTS_FOR_EVER);

        ReloadResult result = live.reload();

        assertThat(result.swapped()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("examples/apac-custodian.yaml",
                "fails on this example", "\"Inserts what it matches\"", "loop.drl:3"));
        assertThat(live.get()).isSameAs(serving);
        assertThat(live.status().lastReloadError()).isEqualTo(result.problems());
    }

    @Test
    void aRuleFileCutToNothingIsRefused(@TempDir Path dir) throws Exception {
        LiveAdvisor live = liveWithExamples(dir);
        Files.writeString(dir.resolve("rules/r.drl"), "");

        ReloadResult result = live.reload(true);

        assertThat(result.swapped()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p ->
                assertThat(p).contains("r.drl:1:1: the rule file is empty"));
    }

    @Test
    void droppingARuleOrAFileIsRefusedUnlessTheReloadMeansIt(@TempDir Path dir) throws Exception {
        LiveAdvisor live = liveWithExamples(dir);
        Files.writeString(dir.resolve("rules/more.drl"), RULE.formatted("More", "T-MORE"));
        assertThat(live.reload().swapped()).isTrue();

        Files.delete(dir.resolve("rules/more.drl"));
        Files.writeString(dir.resolve("rules/r.drl"), RULE.formatted("Renamed", "T-RENAMED"));
        ReloadResult refused = live.reload();

        assertThat(refused.swapped()).isFalse();
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("more.drl: the file and its rules "
                + "would be dropped", "allowRemovals=true"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("r.drl: rule T-FIRST (\"first\") "
                + "would be dropped"));
        assertThat(live.get().ruleSet().byId("T-MORE")).isPresent();

        ReloadResult meant = live.reload(true);
        assertThat(meant.swapped()).isTrue();
        assertThat(live.get().ruleSet().byId("T-RENAMED")).isPresent();
        assertThat(live.get().ruleSet().byId("T-MORE")).isEmpty();
    }

    @Test
    void aRuleSetThatFailsAScenarioIsRefused(@TempDir Path dir) throws Exception {
        LiveAdvisor live = liveWithExamples(dir);
        Path tests = Files.createDirectories(dir.resolve("rules/tests"));
        Files.writeString(tests.resolve("first.yaml"), """
                name: the first rule fires for any firm
                profile:
                  firm: {name: x, type: EXCHANGE, domicile: US}
                  holdings: {aumUsd: 1}
                expect:
                  findings: [T-FIRST]
                """);
        Files.writeString(dir.resolve("rules/r.drl"), RULE.formatted("first", "T-FIRST")
                .replace("Firm()", "Firm( type == FirmType.BANK )"));

        ReloadResult result = live.reload();

        assertThat(result.swapped()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p).contains("first.yaml",
                "the first rule fires for any firm", "expected finding T-FIRST"));
    }

    /** The rules of {@link #copyDataAnd} with the shipped examples beside the catalogue. */
    private static LiveAdvisor liveWithExamples(Path dir) throws Exception {
        Path rules = copyDataAnd(dir, "first");
        Path data = dir.resolve("data");
        Path examples = Files.createDirectories(data.resolve("examples"));
        try (Stream<Path> shipped = Files.list(Path.of("data/examples"))) {
            for (Path example : shipped.toList()) {
                Files.copy(example, examples.resolve(example.getFileName()));
            }
        }
        return new LiveAdvisor(AdvisorFactory.load(rules, data), rules, data, Clock.systemUTC());
    }

    @Test
    void aBrokenCatalogueIsRefusedToo(@TempDir Path dir) throws Exception {
        Path rules = copyDataAnd(dir, "first");
        LiveAdvisor live = new LiveAdvisor(AdvisorFactory.load(rules, dir.resolve("data")), rules, dir.resolve("data"),
                Clock.systemUTC());
        Advisor serving = live.get();
        Files.writeString(dir.resolve("data/providers.yaml"), "providers: [{id: x}]\n");
        ReloadResult result = live.reload();
        assertThat(result.swapped()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("providers.yaml:1:").contains("is required"));
        assertThat(live.get()).isSameAs(serving);
    }

    @Test
    void aParametersEditIsPickedUpByAReload(@TempDir Path dir) throws Exception {
        Path rules = copyDataAnd(dir, "first");
        Files.writeString(rules.resolve("r.drl"), """
                package custody.rules;
                import com.custodyadvisor.profile.*;
                import com.custodyadvisor.parameters.Parameters;
                global com.custodyadvisor.engine.Advice advice;
                rule "Large custodian"
                    @id("T-LARGE") @severity("HIGH") @category("TEST") @source("test")
                when
                    Parameters( $large : usd("carrier-line-usd") )
                    $h : Holdings( aumUsd >= $large )
                then
                    advice.finding().detail("%s under custody", advice.usd($h.aumUsd())).emit();
                end
                """);
        Path parameters = dir.resolve("data/parameters.yaml");
        LiveAdvisor live = new LiveAdvisor(AdvisorFactory.load(rules, dir.resolve("data")), rules, dir.resolve("data"),
                Clock.systemUTC());
        var twoBillion = ShippedRules.example("qualified-custodian.yaml");
        assertThat(live.get().advise(twoBillion).findings()).extracting(f -> f.id()).containsExactly("T-LARGE");

        Files.writeString(parameters, Files.readString(parameters).replace("value: 200000000\n", "value: 3000000000\n"));
        ReloadResult raised = live.reload();
        assertThat(raised.swapped()).isTrue();
        assertThat(live.get().ruleSet().parameters().usd("carrier-line-usd")).isEqualTo(3_000_000_000L);
        assertThat(live.get().advise(twoBillion).findings()).isEmpty();

        Advisor serving = live.get();
        Files.writeString(parameters, Files.readString(parameters).replace("value: 3000000000", "value: lots"));
        ReloadResult broken = live.reload();
        assertThat(broken.swapped()).isFalse();
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p).contains("parameters.yaml:").contains("/value"));
        assertThat(live.get()).isSameAs(serving);
    }

    @Test
    void savingARuleFileTriggersAReload(@TempDir Path dir) throws Exception {
        Path rules = copyDataAnd(dir, "first");
        CountDownLatch changed = new CountDownLatch(1);
        try (DirectoryWatcher watcher = DirectoryWatcher.start(java.util.List.of(rules, dir.resolve("data")),
                Duration.ofMillis(100), changed::countDown)) {
            Files.writeString(rules.resolve("r.drl"), RULE.formatted("Second", "T-SECOND"));
            assertThat(changed.await(30, TimeUnit.SECONDS)).as("a reload was triggered").isTrue();
        }
    }

    @Test
    void otherFilesDoNotTriggerAReload(@TempDir Path dir) throws Exception {
        Path rules = copyDataAnd(dir, "first");
        CountDownLatch changed = new CountDownLatch(1);
        try (DirectoryWatcher watcher = DirectoryWatcher.start(java.util.List.of(rules), Duration.ofMillis(50),
                changed::countDown)) {
            Files.writeString(rules.resolve("notes.txt"), "not a rule");
            Files.writeString(rules.resolve("r.drl"), RULE.formatted("Second", "T-SECOND"));
            assertThat(changed.await(30, TimeUnit.SECONDS)).isTrue();
        }
        CountDownLatch quiet = new CountDownLatch(1);
        try (DirectoryWatcher watcher = DirectoryWatcher.start(java.util.List.of(rules), Duration.ofMillis(50),
                quiet::countDown)) {
            Files.writeString(rules.resolve("notes.txt"), "still not a rule");
            assertThat(quiet.await(1, TimeUnit.SECONDS)).as("no reload for a .txt file").isFalse();
        }
    }

    private static Path copyDataAnd(Path dir, String ruleName) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("r.drl"), RULE.formatted(ruleName, "T-FIRST"));
        ShippedRules.copyData(dir.resolve("data"));
        try (Stream<Path> s = Files.list(rules)) {
            assertThat(s.count()).isEqualTo(1);
        }
        return rules;
    }
}
