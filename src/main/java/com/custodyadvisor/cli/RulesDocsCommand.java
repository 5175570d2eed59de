package com.custodyadvisor.cli;

import com.custodyadvisor.authoring.RuleDocs;
import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.engine.RuleSetCompiler;
import com.custodyadvisor.engine.RuleSetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules docs}: writes the rule catalogue, docs/rules.md. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Write the rule catalogue (id, title, severity, category, source, file:line of every rule).")
final class RulesDocsCommand implements Callable<Integer>, BuildVersion.UsesRules {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleDirectoryOptions dirs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "docs/rules.md",
            description = "Where to write it (default: ${DEFAULT-VALUE}; - for standard output).")
    String out;

    @Override
    public RuleSources sources() {
        return dirs.sources();
    }

    @Override
    public Integer call() throws IOException {
        String markdown;
        try {
            RuleSources sources = dirs.sources();
            markdown = RuleDocs.render(RuleSetCompiler.compile(sources.rules().path(), sources.data().path()));
        } catch (RuleSetException e) {
            Problems.printRules(spec.commandLine().getErr(), e.problems());
            return Main.EXIT_INVALID;
        }
        if (out.equals("-")) {
            spec.commandLine().getOut().print(markdown);
        } else {
            Path file = Path.of(out);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + file);
        }
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }
}
