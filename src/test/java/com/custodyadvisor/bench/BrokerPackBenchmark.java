package com.custodyadvisor.bench;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.RuleSetCompiler;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.report.BrokerPackPdf;
import com.custodyadvisor.report.MarkdownReport;
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
 * What the broker pack costs per advisory, warm: its Markdown, and its PDF (Markdown, HTML, layout, PDF), beside
 * the advisory itself as the baseline of the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dcustody-advisor.cache=target/rule-cache")
public class BrokerPackBenchmark {

    @Param({"large-exchange.yaml", "apac-custodian.yaml"})
    public String example;

    private Advisor advisor;
    private Catalog catalog;
    private SubmittedProfile profile;
    private Advisory advisory;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        catalog = CatalogLoader.load(Path.of("data"));
        advisor = new Advisor(RuleSetCompiler.compile(Path.of("rules"), Path.of("data")), catalog);
        profile = new ProfileReader().read(Files.readAllBytes(Path.of("data/examples").resolve(example)));
        advisory = advisor.advise(profile);
    }

    /** The baseline: the advisory the pack is made from. */
    @Benchmark
    public Advisory advise() {
        return advisor.advise(profile);
    }

    @Benchmark
    public String markdown() {
        return MarkdownReport.render(profile.profile(), advisory, catalog);
    }

    @Benchmark
    public byte[] pdf() {
        return BrokerPackPdf.render(profile.profile(), advisory, catalog);
    }
}
