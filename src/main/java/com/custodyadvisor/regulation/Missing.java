package com.custodyadvisor.regulation;

/**
 * What a check needs that the profile leaves out.
 *
 * @param path JSON Pointer of the field to give
 * @param ask what to give there, in words: "the asset each wallet holds"
 */
public record Missing(String path, String ask) {
}
