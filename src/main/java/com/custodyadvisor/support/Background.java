package com.custodyadvisor.support;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work started on a daemon thread of its own and waited for where its result is needed: loading a rule set reads
 * independent things (the catalogue, the data files, the compiled rules), each mostly class loading in a fresh JVM,
 * and on more than one core they overlap.
 */
public final class Background<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Background(String name, Callable<T> work) {
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts {@code work} now, on a thread named {@code name}. */
    public static <T> Background<T> start(String name, Callable<T> work) {
        return new Background<>(name, work);
    }

    /**
     * Waits for the result. A checked exception of the work of type {@code checked} is thrown as itself, as are
     * unchecked exceptions and errors; any other is wrapped in an {@link IllegalStateException}.
     */
    public <E extends Exception> T join(Class<E> checked) throws E {
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (checked.isInstance(cause)) {
                throw checked.cast(cause);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
