package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * Where in the submitted profile a finding looks.
 *
 * @param path JSON Pointer into the profile as submitted
 * @param value the value there, as submitted; absent when the field was left out ("not confirmed")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String path, JsonNode value) {
}
