package com.custodyadvisor.http;

import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.Provider;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The body of {@code GET /v1/providers}: the catalogue in the seed's rank order, and its version. */
@JsonPropertyOrder({"catalogVersion", "providers"})
record ProviderList(String catalogVersion, List<Provider> providers) {

    static ProviderList of(Catalog catalog) {
        return new ProviderList(catalog.version(), catalog.providers());
    }
}
