package com.custodyadvisor.engine;

import com.custodyadvisor.improvement.Levers;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.regulation.RegimeTable;
import com.custodyadvisor.scoring.ScoringTable;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import com.custodyadvisor.questions.Questions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled rule set: one {@link KieBase}, shared by every advisory and safe across threads, the
 * metadata of its rules, and the numbers they judge by (parameters, the scoring table and the regulators' figures).
 */
public final class RuleSet {

    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Map<String, FindingDefinition> definitions;
    private final Parameters parameters;
    private final ScoringTable scoring;
    private final Questions questions;
    private final Levers levers;
    private final RegimeTable regimes;
    private final String version;
    private final Map<String, RuleInfo> byDroolsName = new HashMap<>();
    private final Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
    private final Map<RuleInfo, Integer> order = new IdentityHashMap<>();
    private final Map<String, List<String>> askedBy;
    private volatile KieSessionsPool sessions;

    /**
     * @param rules every rule, in file and line order
     * @param droolsNames each rule's Drools identity ({@link #droolsName}), in the same order
     * @param definitions the finding each id makes, by id
     * @param version SHA-256 (hex) over the rule files' names and contents, the parameters, the scoring table, the
     *                regime table, the questions and the levers
     */
    RuleSet(KieBase kieBase, List<RuleInfo> rules, List<String> droolsNames, Map<String, FindingDefinition> definitions,
            Parameters parameters, ScoringTable scoring, RegimeTable regimes, Questions questions, Levers levers,
            String version) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.definitions = Map.copyOf(definitions);
        this.parameters = parameters;
        this.scoring = scoring;
        this.questions = questions;
        this.levers = levers;
        this.regimes = regimes;
        this.version = version;
        for (int i = 0; i < rules.size(); i++) {
            byDroolsName.put(droolsNames.get(i), rules.get(i));
            order.put(rules.get(i), i);
        }
        this.askedBy = askedBy(this.rules);
        // a match names its rule by the base's own object: found without building its name at every firing
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = byDroolsName.get(droolsName(rule.getPackageName(), rule.getName()));
                if (info != null) {
                    byRule.put(rule, info);
                }
            }
        }
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * A session to run one advisory in, from a pool of sessions of this base: a session given back with
     * {@link KieSession#dispose()} is reset and used again, which spares building the memory of every
     * node for each advisory.
     */
    public KieSession newSession() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                pool = sessions;
                if (pool == null) {
                    pool = kieBase.newKieSessionsPool(0);
                    sessions = pool;
                }
            }
        }
        return pool.newKieSession();
    }

    /** Every rule, in file and line order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** SHA-256 (hex) over the rule files' names and contents, the parameters, the scoring table and the regime table. */
    public String version() {
        return version;
    }

    public Parameters parameters() {
        return parameters;
    }

    public ScoringTable scoring() {
        return scoring;
    }

    /** The regulators' figures the REG-* rules judge by ({@code data/regimes.yaml}). */
    public RegimeTable regimes() {
        return regimes;
    }

    /** The levers the path to READY tries ({@code data/levers.yaml}). */
    public Levers levers() {
        return levers;
    }

    /** The questions the rules rely on the profile to answer ({@code data/questions.yaml}). */
    public Questions questions() {
        return questions;
    }

    /** The finding ids whose rules name the question in {@code @asks}, in rule order. */
    public List<String> askedBy(String questionId) {
        return askedBy.getOrDefault(questionId, List.of());
    }

    /** Each question's finding ids, found once per rule set: every advisory looks them up for every question. */
    private static Map<String, List<String>> askedBy(List<RuleInfo> rules) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (RuleInfo rule : rules) {
            rule.asks().forEach(q -> ids.computeIfAbsent(q, k -> new LinkedHashSet<>()).add(rule.id()));
        }
        Map<String, List<String>> lists = new HashMap<>();
        ids.forEach((q, set) -> lists.put(q, List.copyOf(set)));
        return Map.copyOf(lists);
    }

    /** The finding an id makes, from the header of the rule that defines it. */
    public FindingDefinition definition(String id) {
        return definitions.get(id);
    }

    /** Every rule id (rules that share an id count once). */
    public Set<String> ids() {
        return definitions.keySet();
    }

    public Optional<RuleInfo> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The metadata of a rule of the compiled base, e.g. the rule of a {@code Match}. */
    public RuleInfo info(Rule rule) {
        RuleInfo info = byRule.get(rule);
        if (info == null) {
            info = byDroolsName.get(droolsName(rule.getPackageName(), rule.getName()));
        }
        if (info == null) {
            throw new IllegalStateException("no metadata for rule \"" + rule.getName() + "\"");
        }
        return info;
    }

    /** The position of a rule in file and line order: parts of one finding read in this order. */
    public int order(RuleInfo rule) {
        return order.get(rule);
    }

    /** How Drools tells rules apart: package and name. */
    static String droolsName(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }
}
