package com.custodyadvisor.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Counts firings per rule: which rules an advisory used, and which one loops when the cap is hit. Also knows
 * the rule whose consequence is running, read from another thread when an advisory passes its deadline.
 */
final class FiringMonitor extends DefaultAgendaEventListener {

    // read from the caller's thread at a deadline while the worker still fires
    private final Map<String, Integer> firings = new ConcurrentHashMap<>();
    private volatile String firing;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
        firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    }

    /** The rule whose consequence is running now, or null between firings. */
    String firing() {
        return firing;
    }

    /** Rule name to number of firings. */
    Map<String, Integer> firings() {
        return firings;
    }

    String busiestRule() {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }
}
