package com.custodyadvisor.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code completion}: prints the shell completion script picocli generates from the commands themselves,
 * for bash and for zsh (through its bash compatibility). The same script ships as
 * {@code integrations/completion/custody-advisor.bash}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the bash and zsh completion script for custody-advisor.", "",
                "bash: source <(custody-advisor completion)",
                "zsh:  autoload -U +X compinit && compinit; autoload -U +X bashcompinit && bashcompinit; "
                        + "source <(custody-advisor completion)",
                "(custody-advisor being a command on the PATH that runs java -jar custody-advisor.jar)"})
final class CompletionCommand implements Callable<Integer> {

    static final String COMMAND = "custody-advisor";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(script());
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }

    /** The script, generated from the command line as this build defines it. */
    static String script() {
        return AutoComplete.bash(COMMAND, Main.commandLine());
    }
}
