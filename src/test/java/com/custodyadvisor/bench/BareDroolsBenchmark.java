package com.custodyadvisor.bench;

import com.custodyadvisor.engine.RuleSetCompiler;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.ProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's baseline: Drools alone evaluating a hundred simple rules (a comparison on a wallet, a policy or
 * the firm each, no consequence) over the facts of the large exchange's profile, in a fresh session per
 * run, on one thread, with nothing of ours around it. {@code AdvisoryBenchmark.advise} is read as a multiple
 * of this, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dcustody-advisor.cache=target/rule-cache")
public class BareDroolsBenchmark {

    private static final int RULES = 100;

    private KieBase kieBase;
    private Profile profile;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        kieBase = RuleSetCompiler.compile(rules(), Path.of("data")).kieBase();
        profile = new ProfileReader().read(Files.readAllBytes(Path.of("data/examples/large-exchange.yaml"))).profile();
    }

    @Benchmark
    public int fire() {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(profile.firm());
            session.insert(profile.holdings());
            session.insert(profile.controls());
            profile.wallets().forEach(session::insert);
            profile.policies().forEach(session::insert);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** A hundred rules: a third on wallets, a third on policies, a third on the firm's holdings and controls. */
    private static Path rules() {
        Path dir = Path.of("target", "bench-rules", "bare" + RULES);
        if (Files.isDirectory(dir)) {
            return dir;
        }
        StringBuilder drl = new StringBuilder("package bench.bare;\nimport com.custodyadvisor.profile.*;\n\n");
        for (int i = 0; i < RULES; i++) {
            String when = switch (i % 3) {
                case 0 -> "Wallet( valueUsd > " + i + " * 1000000L )";
                case 1 -> "Policy( limitUsd > " + i + " * 1000000L )";
                default -> "Holdings( aumUsd > " + i + " * 1000000L )\n    Controls( mfa == true )";
            };
            drl.append("rule \"bare ").append(i).append("\"\n    @id(\"BARE-").append(i)
                    .append("\") @severity(\"INFO\") @category(\"BENCH\") @source(\"bench\")\nwhen\n    ").append(when)
                    .append("\nthen\nend\n\n");
        }
        try {
            Path building = Files.createDirectories(dir.resolveSibling("bare" + RULES + ".partial"));
            Files.writeString(building.resolve("bare.drl"), drl);
            Files.move(building, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
