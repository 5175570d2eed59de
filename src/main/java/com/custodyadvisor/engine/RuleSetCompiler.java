package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.support.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles the {@code .drl} files of a rules directory at run time (classic DRL build), so analysts
 * change rules without rebuilding the jar. Reports every message Drools gives as
 * {@code file:line:column: message}, then checks each rule's header metadata.
 */
public final class RuleSetCompiler {

    /**
     * Finding ids: upper-case words joined by single hyphens, e.g. BM-HOT-LIMIT-MISMATCH. Written without a
     * repeated group, which the regex engine matches by recursion and overflows the stack on a long id.
     */
    static final Pattern ID = Pattern.compile("(?!.*--)[A-Z][A-Z0-9-]*(?<!-)");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z_]*");
    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleSetCompiler() {
    }

    /**
     * Compiles every {@code .drl} file under the directory (sub-directories included).
     *
     * @throws RuleSetException with every problem when a file does not compile or a header is incomplete
     */
    public static RuleSet compile(Path directory) throws RuleSetException {
        String shown = directory.toString();
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(List.of(new RuleProblem(shown, 0, 0,
                    "rules directory not found (is --rules pointing at it?)")));
        }
        Map<String, byte[]> files = readRuleFiles(directory);
        if (files.isEmpty()) {
            throw new RuleSetException(List.of(new RuleProblem(shown, 0, 0, "no .drl rule files in the directory")));
        }
        // a file cut to nothing (a failed save, a truncating copy) would silently drop its rules
        List<RuleProblem> empty = files.entrySet().stream()
                .filter(file -> new String(file.getValue(), StandardCharsets.UTF_8).isBlank())
                .map(file -> new RuleProblem(display(shown, file.getKey()), 1, 1, "the rule file is empty: write "
                        + "its rules back, or delete the file to drop them"))
                .toList();
        if (!empty.isEmpty()) {
            throw new RuleSetException(empty);
        }
        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId = kie.newReleaseId("com.custodyadvisor", "rules", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = kie.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        files.forEach((name, bytes) -> kfs.write(RESOURCE_ROOT + name, bytes));
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(new RuleProblem(display(shown, message.getPath()), message.getLine(), message.getColumn(),
                    clean(message.getText())));
        }
        if (!problems.isEmpty()) {
            problems = withoutEchoes(problems);
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
            throw new RuleSetException(problems);
        }
        KieBase kieBase;
        try {
            KieContainer container = kie.newKieContainer(releaseId);
            kieBase = container.getKieBase();
        } finally {
            // the built module is held in a process-wide repository; the KieBase is all we keep
            kie.getRepository().removeKieModule(releaseId);
        }
        List<RuleInfo> rules = describeRules(kieBase, files, shown, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RuleSet(kieBase, rules, version(files), directory);
    }

    /** After a syntax error Drools adds "Parser returned a null Package" for the same file, which says nothing more. */
    private static List<RuleProblem> withoutEchoes(List<RuleProblem> problems) {
        List<RuleProblem> kept = new ArrayList<>();
        for (RuleProblem p : problems) {
            boolean echo = p.line() == 0 && p.message().startsWith("Parser returned a null Package")
                    && problems.stream().anyMatch(o -> o != p && o.file().equals(p.file()) && o.line() > 0);
            if (!echo) {
                kept.add(p);
            }
        }
        return kept;
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

    /** SHA-256 over each file's name and contents, in name order. */
    private static String version(Map<String, byte[]> files) {
        MessageDigest digest = Hashes.newDigest();
        files.forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            digest.update((byte) 0);
        });
        return Hashes.hex(digest);
    }

    /**
     * Reads each rule's metadata from the compiled rule, and its line from the parsed file, and checks
     * the header: a unique id, a known severity, a category and a source.
     */
    private static List<RuleInfo> describeRules(KieBase kieBase, Map<String, byte[]> files, String shown,
                                                List<RuleProblem> problems) {
        Map<String, int[]> lines = new HashMap<>();
        Map<String, String> fileOfRule = new HashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            for (RuleDescr rule : parse(file.getValue())) {
                lines.put(rule.getName(), new int[] {rule.getLine(), rule.getColumn()});
                fileOfRule.put(rule.getName(), file.getKey());
            }
        }
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOfRule.getOrDefault(rule.getName(), "?");
                int[] at = lines.getOrDefault(rule.getName(), new int[] {0, 0});
                String where = display(shown, file);
                Map<String, Object> meta = rule.getMetaData();
                String id = text(meta.get("id"));
                String severityText = text(meta.get("severity"));
                String category = text(meta.get("category"));
                String source = text(meta.get("source"));
                Severity severity = null;
                if (id.isEmpty()) {
                    problems.add(new RuleProblem(where, at[0], at[1], "rule \"" + rule.getName()
                            + "\" has no @id(\"…\"): every rule names the finding it makes"));
                } else if (!ID.matcher(id).matches()) {
                    problems.add(new RuleProblem(where, at[0], at[1], "rule \"" + rule.getName() + "\": @id \"" + id
                            + "\" must be upper-case words joined by hyphens, e.g. CL-CLAIMS"));
                }
                try {
                    severity = Severity.valueOf(severityText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleProblem(where, at[0], at[1], "rule \"" + rule.getName() + "\": @severity \""
                            + severityText + "\" is not one of CRITICAL, HIGH, MEDIUM, LOW, INFO"));
                }
                if (!CATEGORY.matcher(category).matches()) {
                    problems.add(new RuleProblem(where, at[0], at[1], "rule \"" + rule.getName()
                            + "\" needs a @category(\"…\") in upper case, e.g. CHECKLIST"));
                }
                if (source.isEmpty()) {
                    problems.add(new RuleProblem(where, at[0], at[1], "rule \"" + rule.getName()
                            + "\" needs a @source(\"…\") naming the seed section or standard it encodes"));
                }
                RuleInfo info = new RuleInfo(id, rule.getName(), severity, category, source, file, at[0]);
                RuleInfo clash = id.isEmpty() ? null : byId.putIfAbsent(id, info);
                if (clash != null) {
                    problems.add(new RuleProblem(where, at[0], at[1], "rule \"" + rule.getName() + "\": @id \"" + id
                            + "\" is already used by rule \"" + clash.title() + "\" (" + clash.location() + ")"));
                }
                rules.add(info);
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return rules;
    }

    private static List<RuleDescr> parse(byte[] drl) {
        try {
            PackageDescr descr = new DrlParser().parse(false, new String(drl, StandardCharsets.UTF_8));
            return descr == null ? List.of() : descr.getRules();
        } catch (DroolsParserException e) {
            return List.of(); // the build reported it already
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.strip();
    }

    /** Maps a builder path ("src/main/resources/red-flags.drl") to the file as the user knows it. */
    private static String display(String directory, String builderPath) {
        if (builderPath == null || builderPath.isEmpty()) {
            return directory;
        }
        String rel = builderPath.startsWith(RESOURCE_ROOT) ? builderPath.substring(RESOURCE_ROOT.length()) : builderPath;
        return directory.endsWith("/") ? directory + rel : directory + "/" + rel;
    }

    /** Drools prefixes some messages with the rule and a newline; keep them on one line for file:line output. */
    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
