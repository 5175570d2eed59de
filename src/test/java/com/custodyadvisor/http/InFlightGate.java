package com.custodyadvisor.http;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a rule's consequence (and so its request) until a test opens the gate. Public: rules compiled at
 * run time call it.
 */
public final class InFlightGate {

    private static final CountDownLatch ENTERED = new CountDownLatch(1);
    private static final CountDownLatch OPENED = new CountDownLatch(1);

    private InFlightGate() {
    }

    /** Called from a rule: says a request is in flight, then waits for the gate to open. */
    public static void hold() {
        ENTERED.countDown();
        try {
            OPENED.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean awaitHeld() throws InterruptedException {
        return ENTERED.await(60, TimeUnit.SECONDS);
    }

    static void open() {
        OPENED.countDown();
    }
}
