package com.custodyadvisor.cli;

import com.custodyadvisor.distribution.RuleSources;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options of the {@code rules} commands: {@code --rules DIR} and {@code --data DIR} as everywhere, and
 * the rules directory also as a positional argument ({@code rules validate DIR}), the analysts' habit.
 */
final class RuleDirectoryOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Rules directory: the same as --rules DIR.")
    Path positional;

    @Mixin
    EngineOptions engine;

    /** The directories chosen; a positional DIR and a different --rules DIR are a usage error. */
    RuleSources sources() {
        if (positional != null && engine.rules != null && !positional.equals(engine.rules)
                && spec.commandLine().getParseResult().hasMatchedOption("--rules")) {
            throw new ParameterException(spec.commandLine(), "Give the rules directory once: " + positional
                    + " and --rules " + engine.rules + " differ.");
        }
        return RuleSources.resolve(positional != null ? positional : engine.rules, engine.data);
    }
}
