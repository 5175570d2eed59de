package com.custodyadvisor.document;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The shared, immutable Jackson mappers (building one is costly; using one is thread-safe). */
public final class Mappers {

    /** JSON: rejects duplicate keys, numbers that don't fit, and trailing content. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** JSON written for people and for the contract's examples: indented. */
    public static final ObjectMapper JSON_PRETTY = JSON.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    public static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Mappers() {
    }

    public static ObjectMapper forFormat(Format format) {
        return format == Format.JSON ? JSON : YAML;
    }
}
