package com.custodyadvisor.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files cannot be used: every problem found, each with file, line and column. */
public class RuleSetException extends Exception {

    private final transient List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super("the rule set does not compile:\n" + problems.stream().map(p -> "  " + p.describe())
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
