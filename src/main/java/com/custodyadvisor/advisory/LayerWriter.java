package com.custodyadvisor.advisory;

/**
 * A provider that would write a layer to place.
 *
 * @param lineSize what it writes on one risk, or "not published"
 */
public record LayerWriter(String id, String name, String lineSize) {
}
