package com.custodyadvisor.engine;

import com.custodyadvisor.document.DataFileException;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.exposure.Exposure;
import com.custodyadvisor.improvement.ImprovementSearch;
import com.custodyadvisor.improvement.Levers;
import com.custodyadvisor.improvement.LeversLoader;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.parameters.ParametersLoader;
import com.custodyadvisor.parameters.Unit;
import com.custodyadvisor.plan.TargetSizer;
import com.custodyadvisor.questions.Question;
import com.custodyadvisor.questions.Questions;
import com.custodyadvisor.questions.QuestionsLoader;
import com.custodyadvisor.regulation.RegimeTable;
import com.custodyadvisor.regulation.RegimeTableLoader;
import com.custodyadvisor.scoring.ScoringTable;
import com.custodyadvisor.scoring.ScoringTableLoader;
import com.custodyadvisor.support.Background;
import com.custodyadvisor.support.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.KieBase;

/**
 * Loads the {@code .drl} files of a rules directory with the parameters, scoring table and regime table of
 * the data directory. Rules are compiled to Drools' executable model: the shipped rules when the program was
 * built, others once, then kept in a cache keyed by their content ({@link CompiledRuleStore}), so analysts change
 * rules without rebuilding the jar and a changed set compiles once. Parameters, the scoring table and the regime
 * table are read at every load: they are facts, and changing them needs no compile. Reports every problem as
 * {@code file:line:column: message}, then checks each rule's header metadata and the parameters it names
 * ({@link RuleHeaders}, {@link RuleParameters}).
 */
public final class RuleSetCompiler {

    private static final String RESOURCE_ROOT = "src/main/resources/";

    private RuleSetCompiler() {
    }

    /**
     * Loads every {@code .drl} file under the rules directory (sub-directories included) with the
     * parameters and scoring table of the data directory, compiling the files unless they were compiled before.
     *
     * @throws RuleSetException with every problem when a file does not compile, a header is incomplete, a
     *                          rule names a parameter the data does not have, or a data file is invalid
     */
    public static RuleSet compile(Path directory, Path dataDir) throws RuleSetException {
        String shown = directory.toString();
        Map<String, byte[]> files = ruleFiles(directory);
        // a file cut to nothing (a failed save, a truncating copy) would silently drop its rules
        List<RuleProblem> empty = files.entrySet().stream()
                .filter(file -> new String(file.getValue(), StandardCharsets.UTF_8).isBlank())
                .map(file -> new RuleProblem(display(shown, file.getKey()), 1, 1, "the rule file is empty: write "
                        + "its rules back, or delete the file to drop them"))
                .toList();
        if (!empty.isEmpty()) {
            throw new RuleSetException(empty);
        }
        String filesHash = CompiledRuleStore.filesHash(files);
        // rules compiled before (shipped or cached) are read and their rule base built while the data files are read
        Background<Prebuilt> prebuilt = Background.start("load-compiled-rules", () -> Prebuilt.find(filesHash));
        List<RuleProblem> problems = new ArrayList<>();
        Parameters parameters = loadData(() -> ParametersLoader.load(dataDir), problems);
        if (parameters != null) {
            problems.addAll(missingForMechanics(parameters, dataDir.resolve(ParametersLoader.FILE_NAME)));
        }
        ScoringTable scoring = loadData(() -> ScoringTableLoader.load(dataDir), problems);
        RegimeTable regimes = loadData(() -> RegimeTableLoader.load(dataDir), problems);
        Questions questions = loadData(() -> QuestionsLoader.load(dataDir), problems);
        Levers levers = loadData(() -> LeversLoader.load(dataDir, parameters), problems);
        Prebuilt found = prebuilt.join(RuntimeException.class);
        CompiledRules compiled = found.compiled();
        KieBase kieBase = found.kieBase();
        RuleIndex index;
        if (compiled != null) {
            index = compiled.index();
        } else {
            ModelCompilation.Result result = ModelCompilation.compile(files, shown);
            problems.addAll(result.problems());
            compiled = result.compiled();
            kieBase = compiled != null ? compiled.kieBase() : result.classic();
            index = compiled != null ? compiled.index() : RuleIndex.read(files);
            if (compiled != null) {
                CompiledRuleStore.keep(filesHash, compiled);
            }
        }
        RuleParameters used = RuleParameters.check(index, shown, parameters);
        problems.addAll(used.problems());
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
            throw new RuleSetException(problems);
        }
        RuleHeaders headers = RuleHeaders.read(kieBase, index, shown, used);
        List<RuleProblem> headerProblems = new ArrayList<>(headers.problems());
        headerProblems.addAll(unknownQuestions(headers.rules(), questions, shown));
        if (!headerProblems.isEmpty()) {
            throw new RuleSetException(headerProblems);
        }
        return new RuleSet(kieBase, headers.rules(), headers.droolsNames(), headers.definitions(), parameters, scoring,
                regimes, questions, levers, version(files, parameters, scoring, regimes, questions, levers));
    }

    /** Rules compiled before and the rule base built from them; both null when the rules must be compiled. */
    private record Prebuilt(CompiledRules compiled, KieBase kieBase) {

        static Prebuilt find(String filesHash) {
            CompiledRules compiled = CompiledRuleStore.find(filesHash);
            return new Prebuilt(compiled, compiled == null ? null : compiled.kieBase());
        }
    }

    /** Every {@code @asks} names a question of the data: a rule set with one that does not cannot serve. */
    private static List<RuleProblem> unknownQuestions(List<RuleInfo> rules, Questions questions, String shown) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> ids = questions.all().stream().map(Question::id).collect(Collectors.toSet());
        for (RuleInfo r : rules) {
            r.asks().stream().filter(q -> !ids.contains(q)).forEach(q -> problems.add(new RuleProblem(
                    display(shown, r.file()), r.line(), 1, "rule \"" + r.title() + "\": @asks names question \"" + q
                    + "\", which " + QuestionsLoader.FILE_NAME + " does not have")));
        }
        return problems;
    }

    /**
     * The questions no rule of the set asks ({@code rules validate} reports them; a rule set serves without asking
     * them, so that a set of a few rules can run on the shipped data).
     */
    public static List<RuleProblem> unaskedQuestions(RuleSet ruleSet) {
        Questions questions = ruleSet.questions();
        List<RuleProblem> problems = new ArrayList<>();
        for (Question q : questions.all()) {
            if (ruleSet.askedBy(q.id()).isEmpty()) {
                int[] at = questions.positionOf(q);
                problems.add(new RuleProblem(questions.file().toString(), at[0], at[1], "question \"" + q.id()
                        + "\" is asked by no rule: name it in the @asks of the rules that rely on its answer, or remove it"));
            }
        }
        return problems;
    }

    /** The parameters the engine's own arithmetic reads (not named in a rule), and who reads them. */
    public static final List<ParameterReader> MECHANICS = List.of(
            new ParameterReader(Exposure.USER, Exposure.PARAMETERS),
            new ParameterReader(TargetSizer.USER, TargetSizer.PARAMETERS),
            new ParameterReader(ImprovementSearch.USER, ImprovementSearch.PARAMETERS));

    /** Java code that reads parameters by name: the exposure model, the plan's sizing. */
    public record ParameterReader(String user, Map<String, Unit> parameters) {
    }

    /** The parameters the engine's arithmetic reads that the file lacks, or gives in another unit. */
    private static List<RuleProblem> missingForMechanics(Parameters parameters, Path file) {
        List<RuleProblem> problems = new ArrayList<>();
        for (ParameterReader reader : MECHANICS) {
            reader.parameters().forEach((name, unit) -> {
                String found = parameters.find(name)
                        .map(p -> p.unit() == unit ? "" : "is in " + p.unit() + ", not " + unit).orElse("is missing");
                if (!found.isEmpty()) {
                    problems.add(new RuleProblem(file.toString(), 0, 0, "parameter \"" + name + "\" " + found
                            + ": " + reader.user() + " read it"));
                }
            });
        }
        return problems;
    }

    /** Something that reads a data file and may find it invalid. */
    private interface DataRead<T> {
        T read() throws DataFileException;
    }

    /** The data, or null with its problems added as {@code file:line:column: /pointer: message}. */
    private static <T> T loadData(DataRead<T> read, List<RuleProblem> problems) {
        try {
            return read.read();
        } catch (DataFileException e) {
            for (Problem p : e.problems()) {
                problems.add(new RuleProblem(e.file().toString(), p.line() == null ? 0 : p.line(),
                        p.column() == null ? 0 : p.column(), (p.path().isEmpty() ? "" : p.path() + ": ") + p.message()));
            }
            return null;
        }
    }

    /**
     * The version compiling the directories would give (the hash of the rule files, parameters, scoring table and
     * regime table), without compiling the rules.
     *
     * @throws RuleSetException when the rules cannot be read or a data file is invalid
     */
    public static String versionOf(Path directory, Path dataDir) throws RuleSetException {
        Map<String, byte[]> files = ruleFiles(directory);
        List<RuleProblem> problems = new ArrayList<>();
        Parameters parameters = loadData(() -> ParametersLoader.load(dataDir), problems);
        ScoringTable scoring = loadData(() -> ScoringTableLoader.load(dataDir), problems);
        RegimeTable regimes = loadData(() -> RegimeTableLoader.load(dataDir), problems);
        Questions questions = loadData(() -> QuestionsLoader.load(dataDir), problems);
        Levers levers = loadData(() -> LeversLoader.load(dataDir, parameters), problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return version(files, parameters, scoring, regimes, questions, levers);
    }

    static Map<String, byte[]> ruleFiles(Path directory) throws RuleSetException {
        String shown = directory.toString();
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(List.of(new RuleProblem(shown, 0, 0,
                    "rules directory not found (is --rules pointing at it?)")));
        }
        Map<String, byte[]> files = readRuleFiles(directory);
        if (files.isEmpty()) {
            throw new RuleSetException(List.of(new RuleProblem(shown, 0, 0, "no .drl rule files in the directory")));
        }
        return files;
    }

    private static Map<String, byte[]> readRuleFiles(Path directory) throws RuleSetException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> paths = walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted().toList();
            for (Path p : paths) {
                files.put(directory.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new RuleSetException(List.of(new RuleProblem(directory.toString(), 0, 0,
                    "cannot read rule files: " + e.getMessage())));
        }
        return files;
    }

    /** SHA-256 over each rule file's name and contents, in name order, then the data files' own hashes. */
    private static String version(Map<String, byte[]> files, Parameters parameters, ScoringTable scoring,
            RegimeTable regimes, Questions questions, Levers levers) {
        MessageDigest digest = Hashes.newDigest();
        digestFiles(digest, files);
        digest.update(parameters.version().getBytes(StandardCharsets.UTF_8));
        digest.update(scoring.version().getBytes(StandardCharsets.UTF_8));
        digest.update(regimes.version().getBytes(StandardCharsets.UTF_8));
        digest.update(questions.version().getBytes(StandardCharsets.UTF_8));
        digest.update(levers.version().getBytes(StandardCharsets.UTF_8));
        return Hashes.hex(digest);
    }

    /** Adds each rule file's name and contents, in name order, to a digest. */
    static void digestFiles(MessageDigest digest, Map<String, byte[]> files) {
        files.forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            digest.update((byte) 0);
        });
    }

    /** Maps a builder path ("src/main/resources/red-flags.drl") to the file as the user knows it. */
    static String display(String directory, String builderPath) {
        if (builderPath == null || builderPath.isEmpty()) {
            return directory;
        }
        String rel = builderPath.startsWith(RESOURCE_ROOT) ? builderPath.substring(RESOURCE_ROOT.length()) : builderPath;
        return directory.endsWith("/") ? directory + rel : directory + "/" + rel;
    }
}
