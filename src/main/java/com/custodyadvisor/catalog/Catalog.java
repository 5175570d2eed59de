package com.custodyadvisor.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The provider catalogue as loaded: providers in the seed's rank order, and the hash of the data
 * they were read from.
 *
 * @param version the SHA-256 (hex) of the catalogue file's bytes
 */
public record Catalog(List<Provider> providers, String version) {

    public Catalog {
        providers = providers.stream().sorted(Comparator.comparingInt(Provider::rank)).toList();
    }

    public Optional<Provider> find(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Map<String, Provider> byId() {
        return providers.stream().collect(Collectors.toMap(Provider::id, Function.identity()));
    }

    public int size() {
        return providers.size();
    }
}
