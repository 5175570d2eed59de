package com.custodyadvisor.bench;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.RuleSetCompiler;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How an advisory's cost grows with the number of rules: the shipped rules, and generated sets of 10 and
 * 100 times their size ({@link ScaledRules}), on the large exchange. The generated sets compile once and
 * are then read from the rule cache (target/rule-cache).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dcustody-advisor.cache=target/rule-cache"})
public class RuleScaleBenchmark {

    @Param({"1", "10", "100"})
    public int copies;

    private Advisor advisor;
    private SubmittedProfile profile;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        advisor = new Advisor(RuleSetCompiler.compile(ScaledRules.of(copies), Path.of("data")),
                CatalogLoader.load(Path.of("data")));
        profile = new ProfileReader().read(Files.readAllBytes(Path.of("data/examples/large-exchange.yaml")));
    }

    @Benchmark
    public Advisory advise() {
        return advisor.advise(profile);
    }
}
