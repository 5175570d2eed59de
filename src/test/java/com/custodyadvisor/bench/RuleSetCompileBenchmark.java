package com.custodyadvisor.bench;

import com.custodyadvisor.engine.RuleSet;
import com.custodyadvisor.engine.RuleSetCompiler;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** How long loading the shipped rules takes (compiled at build time): the start-up cost. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Dcustody-advisor.cache=target/rule-cache")
public class RuleSetCompileBenchmark {

    @Benchmark
    public RuleSet compile() throws Exception {
        return RuleSetCompiler.compile(Path.of("rules"), Path.of("data"));
    }
}
