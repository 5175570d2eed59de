package com.custodyadvisor.bench;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.RuleSetCompiler;
import com.custodyadvisor.profile.Profile;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How an advisory's cost grows with the number of wallets: the large exchange with its three wallets
 * repeated to 1, 100 and 1,000 (the same value in all, split evenly). The schema admits 500 wallets; the
 * engine is measured beyond it, on a profile built without the reader.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dcustody-advisor.cache=target/rule-cache")
public class WalletScaleBenchmark {

    @Param({"1", "100", "1000"})
    public int wallets;

    private Advisor advisor;
    private SubmittedProfile profile;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        advisor = new Advisor(RuleSetCompiler.compile(Path.of("rules"), Path.of("data")),
                CatalogLoader.load(Path.of("data")));
        ObjectNode tree = (ObjectNode) Mappers.YAML.readTree(
                Files.readAllBytes(Path.of("data/examples/large-exchange.yaml")));
        ArrayNode original = (ArrayNode) tree.get("wallets");
        ArrayNode scaled = tree.putArray("wallets");
        for (int i = 0; i < wallets; i++) {
            ObjectNode wallet = ((ObjectNode) original.get(i % original.size())).deepCopy();
            int copiesOfThis = (wallets - 1 - i % original.size()) / original.size() + 1;
            wallet.put("name", "wallet " + i);
            wallet.put("valueUsd", wallet.get("valueUsd").asLong() / copiesOfThis);
            scaled.add(wallet);
        }
        JsonNode submitted = tree;
        profile = new SubmittedProfile(Mappers.JSON.treeToValue(submitted, Profile.class), submitted);
    }

    @Benchmark
    public Advisory advise() {
        return advisor.advise(profile);
    }
}
