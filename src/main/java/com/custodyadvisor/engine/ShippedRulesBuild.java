package com.custodyadvisor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run by the build ({@code process-classes}): compiles the shipped rules to Drools' executable model and
 * writes the archive where {@link CompiledRuleStore} finds it on the class path, so a program started on
 * the shipped rules compiles nothing. Fails the build when the rules do not compile to the model.
 */
public final class ShippedRulesBuild {

    private ShippedRulesBuild() {
    }

    /** Arguments: the rules directory, then the classes directory of the build. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ShippedRulesBuild RULES_DIR CLASSES_DIR");
            System.exit(2);
        }
        Path rules = Path.of(args[0]);
        Map<String, byte[]> files;
        try {
            files = RuleSetCompiler.ruleFiles(rules);
        } catch (RuleSetException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        ModelCompilation.Result result = ModelCompilation.compile(files, rules.toString(), false);
        if (result.compiled() == null) {
            System.err.println("the shipped rules do not compile to Drools' executable model:");
            result.problems().forEach(p -> System.err.println("  " + p.describe()));
            System.exit(1);
            return;
        }
        Path folder = Path.of(args[1], CompiledRuleStore.SHIPPED.substring(1));
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Path archive = folder.resolve(CompiledRuleStore.filesHash(files) + ".jar");
        Files.write(archive, result.compiled().toJar());
        System.out.println("compiled " + result.compiled().index().rules().size() + " shipped rules to " + archive);
        System.exit(0);
    }
}
