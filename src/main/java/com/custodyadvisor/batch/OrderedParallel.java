package com.custodyadvisor.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works on the items of a sequence on several threads and hands the results back in the order of the
 * items, as soon as each one and all before it are done. At most {@code window} items are in work or
 * waiting to be handed back, so a long input (a file of a million lines, a request stream) is never all in
 * memory.
 */
public final class OrderedParallel {

    private OrderedParallel() {
    }

    /**
     * @param items read on the calling thread, one at a time as the window allows
     * @param work what to do with an item; runs on the executor and must not throw
     * @param done gets each result in item order, on the calling thread
     * @param window how many items may be in work at once
     */
    public static <I, R> void run(Iterator<I> items, Function<I, R> work, Consumer<R> done, Executor executor,
                                  int window) {
        Deque<CompletableFuture<R>> pending = new ArrayDeque<>();
        while (items.hasNext()) {
            I item = items.next();
            pending.addLast(CompletableFuture.supplyAsync(() -> work.apply(item), executor));
            while (pending.size() >= window || (!pending.isEmpty() && pending.peekFirst().isDone())) {
                done.accept(join(pending.removeFirst()));
            }
        }
        while (!pending.isEmpty()) {
            done.accept(join(pending.removeFirst()));
        }
    }

    private static <R> R join(CompletableFuture<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a batch item", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
