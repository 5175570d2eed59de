package com.custodyadvisor.bench;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.RuleSet;
import com.custodyadvisor.engine.RuleSetCompiler;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.report.AdvisoryJson;
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
 * How long one advisory takes on the shipped rules, for every example: the engine alone, and the whole
 * request path (parse, validate, advise, write JSON); and the engine without the path to READY. Run with {@code mvn -Pbench verify} (see the README);
 * {@code -prof gc} adds the bytes allocated per advisory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dcustody-advisor.cache=target/rule-cache")
public class AdvisoryBenchmark {

    @Param({"apac-custodian.yaml", "bank-custody.yaml", "cyber-only.yaml", "fintech-embedded.yaml",
        "follow-form-tower-exchange.yaml", "large-exchange.yaml", "layered-tower-exchange.yaml",
        "qualified-custodian.yaml", "staking-exchange.yaml"})
    public String example;

    private Advisor advisor;
    private Advisor plain;
    private ProfileReader reader;
    private byte[] bytes;
    private SubmittedProfile profile;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        RuleSet rules = RuleSetCompiler.compile(Path.of("rules"), Path.of("data"));
        advisor = new Advisor(rules, CatalogLoader.load(Path.of("data")));
        plain = advisor.withoutImprovements();
        reader = new ProfileReader();
        bytes = Files.readAllBytes(Path.of("data/examples").resolve(example));
        profile = reader.read(bytes);
    }

    /** The rules over an already validated profile. */
    @Benchmark
    public Advisory advise() {
        return advisor.advise(profile);
    }

    /** The same without the path to READY: what the search for improvements costs is the difference. */
    @Benchmark
    public Advisory adviseWithoutImprovements() {
        return plain.advise(profile);
    }

    /** What a POST /v1/advisories does between reading the body and writing the response. */
    @Benchmark
    public String readAdviseAndWrite() throws Exception {
        return AdvisoryJson.render(advisor.advise(reader.read(bytes)));
    }
}
