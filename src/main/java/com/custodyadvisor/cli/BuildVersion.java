package com.custodyadvisor.cli;

import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.distribution.BuildInfo;
import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.engine.RuleSetCompiler;
import com.custodyadvisor.engine.RuleSetException;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --version} on any command: the program's version from the build, the rule set and catalogue the
 * command would use (their hashes, as advisories name them, and where they come from), and the Java.
 * Hashing the rule files (with the parameters and scoring table they are versioned with) needs no compile,
 * so this stays fast.
 */
final class BuildVersion implements IVersionProvider {

    /** Commands that read rules and data say which; the version names the same ones. */
    interface UsesRules {
        RuleSources sources();
    }

    private final CommandSpec spec;

    BuildVersion(CommandSpec spec) {
        this.spec = spec;
    }

    @Override
    public String[] getVersion() {
        RuleSources sources = spec.userObject() instanceof UsesRules command ? command.sources()
                : RuleSources.resolve(null, null);
        return new String[] {
            "custody-advisor " + BuildInfo.version(),
            "rule set  " + rulesetVersion(sources) + " (" + sources.rules().describe() + ")",
            "catalogue " + catalogVersion(sources.data()) + " (" + sources.data().describe() + ")",
            BuildInfo.java()
        };
    }

    private static String rulesetVersion(RuleSources sources) {
        try {
            return RuleSetCompiler.versionOf(sources.rules().path(), sources.data().path());
        } catch (RuleSetException e) {
            return "unreadable: " + e.problems().get(0).message();
        }
    }

    private static String catalogVersion(RuleSources.Source data) {
        try {
            return CatalogLoader.load(data.path()).version();
        } catch (CatalogException e) {
            return "invalid (rules validate says why)";
        }
    }
}
