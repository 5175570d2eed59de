package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What one layer pays toward a loss scenario.
 *
 * @param path the policy's JSON Pointer
 * @param respondsUsd the part of the loss within its band and limits
 * @param paysUsd that part less the deductible, where it falls on this layer
 */
@JsonPropertyOrder({"path", "label", "attachmentUsd", "respondsUsd", "paysUsd"})
public record ScenarioPayment(String path, String label, long attachmentUsd, long respondsUsd, long paysUsd) {
}
