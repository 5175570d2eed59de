package com.custodyadvisor.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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


    public int size() {
        return providers.size();
    }
}
