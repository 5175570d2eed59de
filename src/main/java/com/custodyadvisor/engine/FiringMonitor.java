package com.custodyadvisor.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Follows one session's firings: the match whose consequence runs now (what {@link Advice} makes a finding
 * for, so rules need not pass their context, and what a deadline names when an advisory runs too long), and
 * how often each rule fired (which rules an advisory used, and which one loops when the cap is hit).
 */
final class FiringMonitor extends DefaultAgendaEventListener {

    private final RuleSet ruleSet;
    // read from the caller's thread at a deadline while the worker still fires
    private final Map<RuleInfo, Integer> firings = new ConcurrentHashMap<>();
    private volatile Match current;

    FiringMonitor(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
        firings.merge(ruleSet.info(event.getMatch().getRule()), 1, Integer::sum);
    }

    /** The match whose consequence is running. */
    Match current() {
        Match match = current;
        if (match == null) {
            throw new IllegalStateException("advice is used outside a rule's consequence");
        }
        return match;
    }

    /** The rule whose consequence is running now, or null between firings. */
    RuleInfo firing() {
        Match match = current;
        return match == null ? null : ruleSet.info(match.getRule());
    }

    /** Each rule that fired, and how many times. */
    Map<RuleInfo, Integer> firings() {
        return firings;
    }

    RuleInfo busiestRule() {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
