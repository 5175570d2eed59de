package com.custodyadvisor.engine;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts firings per rule: which rules an advisory used, and which one loops when the cap is hit. */
final class FiringMonitor extends DefaultAgendaEventListener {

    private final Map<String, Integer> firings = new HashMap<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    }

    /** Rule name to number of firings. */
    Map<String, Integer> firings() {
        return firings;
    }

    String busiestRule() {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }
}
