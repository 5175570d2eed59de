package com.custodyadvisor.engine;

import com.custodyadvisor.parameters.Parameter;
import com.custodyadvisor.parameters.Parameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters each rule names ({@link RuleIndex}), checked against {@code parameters.yaml}: a name it
 * does not define, or an accessor of another unit, is a problem at the line and column of the call. The
 * parameters are facts read at run time, so this check runs at every load, on compiled rules too: a
 * parameters edit needs no recompile.
 */
final class RuleParameters {

    private final Map<String, List<Parameter>> byRule = new HashMap<>();
    private final List<RuleProblem> problems = new ArrayList<>();

    private RuleParameters() {
    }

    /** The parameters of every rule of the index; with none known ({@code parameters} null) nothing is checked. */
    static RuleParameters check(RuleIndex index, String shown, Parameters parameters) {
        RuleParameters result = new RuleParameters();
        if (parameters == null) {
            return result;
        }
        for (RuleIndex.Entry rule : index.rules()) {
            result.byRule.put(rule.droolsName(),
                    result.check(rule, RuleSetCompiler.display(shown, rule.file()), parameters));
        }
        return result;
    }

    /** The parameters the rule names, each once, in the order it names them. */
    List<Parameter> of(String droolsName) {
        return byRule.getOrDefault(droolsName, List.of());
    }

    List<RuleProblem> problems() {
        return problems;
    }

    private List<Parameter> check(RuleIndex.Entry rule, String file, Parameters parameters) {
        Map<String, Parameter> used = new LinkedHashMap<>();
        for (RuleIndex.ParameterCall call : rule.calls()) {
            Parameter p = parameters.find(call.name()).orElse(null);
            if (p == null) {
                problems.add(new RuleProblem(file, call.line(), call.column(), "rule \"" + rule.name()
                        + "\" names parameter \"" + call.name() + "\", which parameters.yaml does not define (known: "
                        + String.join(", ", parameters.all().stream().map(Parameter::name).sorted().toList()) + ")"));
            } else if (p.unit() != call.unit()) {
                problems.add(new RuleProblem(file, call.line(), call.column(), "rule \"" + rule.name()
                        + "\" reads parameter \"" + call.name() + "\" with " + call.accessor() + "(…), but its unit is "
                        + p.unit() + ": use " + p.unit().accessor() + "(…)"));
            } else {
                used.putIfAbsent(call.name(), p);
            }
        }
        return List.copyOf(used.values());
    }
}
