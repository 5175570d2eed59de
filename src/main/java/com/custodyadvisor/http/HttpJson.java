package com.custodyadvisor.http;

import com.custodyadvisor.catalog.BestFor;
import com.custodyadvisor.document.Mappers;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper for the service's JSON responses: the shared indented mapper, without the model's helper
 * methods that read like properties but are not data.
 */
final class HttpJson {

    static final JsonMapper MAPPER = ((JsonMapper) Mappers.JSON_PRETTY).rebuild()
            .addMixIn(BestFor.class, BestForData.class)
            .build();

    private HttpJson() {
    }

    /** {@code isQualifiedByNeed()} restates whether {@code needs} is empty. */
    @JsonIgnoreProperties("qualifiedByNeed")
    private abstract static class BestForData {
    }
}
