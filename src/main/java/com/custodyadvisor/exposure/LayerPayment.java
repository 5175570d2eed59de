package com.custodyadvisor.exposure;

/**
 * What one layer pays toward a loss.
 *
 * @param respondsUsd the part of the loss within the layer's band and limits
 * @param paysUsd what it pays: {@code respondsUsd} less the deductible, where the deductible falls on it
 */
public record LayerPayment(Layer layer, long respondsUsd, long paysUsd) {
}
