package com.custodyadvisor.engine.facts;

import java.util.Set;

/**
 * The ids of the rules loaded, one fact per advisory, so a rule can tell a known id from a typo (e.g. a
 * waiver naming no rule): {@code LoadedRules( $known : ids )} then {@code Waiver( id not memberOf $known )}.
 */
public record LoadedRules(Set<String> ids) {

    public LoadedRules {
        ids = Set.copyOf(ids);
    }
}
