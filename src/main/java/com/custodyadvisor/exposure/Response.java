package com.custodyadvisor.exposure;

import java.util.List;

/**
 * What the programme does with one loss.
 *
 * @param payments the layers that pay, lowest first
 * @param insuredUsd what they pay in all
 * @param retainedUsd the deductible the firm carries (of the first layer that pays)
 * @param uninsuredUsd what no layer reaches: the loss less insured and retained
 */
public record Response(long lossUsd, List<LayerPayment> payments, long insuredUsd, long retainedUsd, long uninsuredUsd) {

    public Response {
        payments = List.copyOf(payments);
    }

    /** The part of the loss the programme's limits reach: insured plus retained. */
    public long coveredUsd() {
        return insuredUsd + retainedUsd;
    }
}
