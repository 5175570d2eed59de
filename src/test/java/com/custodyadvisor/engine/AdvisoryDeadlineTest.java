package com.custodyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.custodyadvisor.support.RunawayRules;
import com.custodyadvisor.support.ShippedRules;
import com.custodyadvisor.support.Spin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each advisory has a deadline: a rule that loops slowly is halted at it, one that spins in Java is abandoned
 * on its worker (counted as stuck) and named; the caller gets its answer either way.
 */
class AdvisoryDeadlineTest {

    private static final String PROFILE = """
            {"firm": {"name": "x", "type": "EXCHANGE", "domicile": "US"}, "holdings": {"aumUsd": 1}}
            """;

    private static final String SPINS_FOREVER = """
            rule "Spins forever"
                @id("T-SPIN") @severity("LOW") @category("TEST") @source("test")
            when
                Firm()
            then
                com.custodyadvisor.support.Spin.forever();
            end
            """;

    @AfterEach
    void releaseSpins() {
        Spin.release();
    }

    @Test
    void aConsequenceThatNeverReturnsIsAbandonedCountedAndNamed(@TempDir Path dir) throws Exception {
        Spin.arm();
        Advisor advisor = advisor(dir, SPINS_FOREVER).withTimeout(Duration.ofMillis(300));
        int stuckBefore = AdvisoryWorkers.stuck();

        AdvisoryTimeoutException e = catchThrowableOfType(AdvisoryTimeoutException.class,
                () -> advisor.run(ShippedRules.profile(PROFILE)));

        assertThat(e.getMessage()).contains("within 0.3 s", "rule \"Spins forever\" (spin.drl:4) was firing",
                "abandoned");
        assertThat(e.workerStuck()).isTrue();
        assertThat(e.getStackTrace()).anySatisfy(frame -> assertThat(frame.getClassName()).isEqualTo(Spin.class.getName()));
        assertThat(AdvisoryWorkers.stuck()).isEqualTo(stuckBefore + 1);
        assertThat(advisor.stats().timeouts()).isEqualTo(1);
        assertThat(advisor.stats().errorRate()).isEqualTo(1.0);

        Spin.release();
        awaitStuck(stuckBefore);
    }

    @Test
    void advisoriesWaitForAFreeTurnAndAStuckWorkerGivesItsTurnBack(@TempDir Path dir) throws Exception {
        Spin.arm();
        Advisor spinning = advisor(dir, SPINS_FOREVER).withTimeout(Duration.ofSeconds(2));
        int stuckBefore = AdvisoryWorkers.stuck();
        ExecutorService callers = Executors.newFixedThreadPool(AdvisoryWorkers.TURNS);
        try {
            List<Future<?>> spins = new ArrayList<>();
            for (int i = 0; i < AdvisoryWorkers.TURNS; i++) {
                spins.add(callers.submit(() -> spinning.run(ShippedRules.profile(PROFILE))));
            }
            awaitSpinning(AdvisoryWorkers.TURNS);

            AdvisoryTimeoutException waited = catchThrowableOfType(AdvisoryTimeoutException.class, () ->
                    ShippedRules.advisor().withTimeout(Duration.ofMillis(300)).run(ShippedRules.example("large-exchange.yaml")));
            assertThat(waited.getMessage()).contains("did not start within 0.3 s",
                    "all " + AdvisoryWorkers.TURNS + " advisory workers were busy");
            assertThat(waited.workerStuck()).isFalse();

            for (Future<?> spin : spins) {
                assertThat(catchThrowable(() -> spin.get(30, TimeUnit.SECONDS)))
                        .hasCauseInstanceOf(AdvisoryTimeoutException.class);
            }
            assertThat(AdvisoryWorkers.stuck()).isEqualTo(stuckBefore + AdvisoryWorkers.TURNS);
            assertThat(Spin.spinning()).isEqualTo(AdvisoryWorkers.TURNS);
            // every worker still spins, yet their turns were given back: the next advisory runs
            assertThat(ShippedRules.advisor().withTimeout(Duration.ofSeconds(30))
                    .run(ShippedRules.example("large-exchange.yaml")).advisory().findings()).isNotEmpty();
        } finally {
            Spin.release();
            callers.shutdown();
        }
        awaitStuck(stuckBefore);
    }

    @Test
    void aRuleThatRefiresSlowlyIsHaltedAtTheDeadline(@TempDir Path dir) throws Exception {
        Advisor advisor = new Advisor(advisor(dir, RunawayRules.TICKS_SLOWLY).ruleSet(), ShippedRules.catalog(),
                1_000_000, java.time.Clock.systemUTC())
                .withTimeout(Duration.ofMillis(300));
        int stuckBefore = AdvisoryWorkers.stuck();

        AdvisoryTimeoutException e = catchThrowableOfType(AdvisoryTimeoutException.class,
                () -> advisor.run(ShippedRules.profile(PROFILE)));

        assertThat(e.getMessage()).contains("\"Ticks slowly\"", "the session was halted");
        assertThat(e.workerStuck()).isFalse();
        assertThat(AdvisoryWorkers.stuck()).isEqualTo(stuckBefore);
    }

    @Test
    void rulesThatFinishInTimeAreUntouched() {
        Advisor advisor = ShippedRules.advisor().withTimeout(Duration.ofSeconds(30));

        assertThat(advisor.run(ShippedRules.example("large-exchange.yaml")).advisory().findings()).isNotEmpty();
        assertThat(advisor.stats().advisories()).isEqualTo(1);
        assertThat(advisor.stats().failures()).isZero();
        assertThat(advisor.stats().lastFailureAt()).isNull();
    }

    private static Advisor advisor(Path dir, String rules) throws Exception {
        Files.writeString(dir.resolve("spin.drl"), RuleSetCompilerTest.HEADER + rules);
        return new Advisor(RuleSetCompiler.compile(dir, ShippedRules.DATA), ShippedRules.catalog());
    }

    private static void awaitSpinning(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Spin.spinning() != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(Spin.spinning()).isEqualTo(expected);
    }

    /** A released spin ends on its own thread, a moment later. */
    private static void awaitStuck(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (AdvisoryWorkers.stuck() != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(AdvisoryWorkers.stuck()).isEqualTo(expected);
    }
}
