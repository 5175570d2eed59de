package com.custodyadvisor.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads each request body in full before the request is handed to the routes, without holding a thread
 * while the bytes arrive: Jetty calls back as they come, and only a complete body takes a request thread.
 * A client that sends a byte a second holds a connection (the connection cap bounds those), never one of
 * the threads that answer {@code /health} and advisories.
 *
 * <p>A body over the limit is answered 413 as soon as that is known; one not complete within the body
 * timeout 408, or, while the service stops, 503 with {@code Retry-After}: the client did nothing wrong
 * and should send it again (to this service once restarted, or another).
 */
final class BodyBuffering extends Handler.Wrapper {

    /** Seconds a client is told to wait before sending again a request the stop cut short. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final long maxBytes;
    private final long maxBatchBytes;
    private final Duration timeout;
    private final GracefulHandler graceful;

    /**
     * @param maxBatchBytes the limit for the batch endpoint, whose bodies hold many profiles
     * @param graceful the handler that knows when the service is stopping
     */
    BodyBuffering(long maxBytes, long maxBatchBytes, Duration timeout, GracefulHandler graceful) {
        this.maxBytes = maxBytes;
        this.maxBatchBytes = maxBatchBytes;
        this.timeout = timeout;
        this.graceful = graceful;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean hasBody = request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (!hasBody) {
            return super.handle(request, response, callback);
        }
        long limit = BatchHandler.PATH.equals(request.getHttpURI().getPath()) ? maxBatchBytes : maxBytes;
        if (request.getLength() > limit) {
            refuse(response, callback, ProblemResponses.contentTooLarge(limit));
            return true;
        }
        new Upload(request, response, callback, limit).start();
        return true;
    }

    /** Answers a request whose body is not read to its end; the connection closes after the answer. */
    private static void refuse(Response response, Callback callback, ProblemDetails problem) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        JettyErrorProblems.write(response, callback, problem);
    }

    /** One body on its way in: appended to as chunks arrive, handed on when the last one has. */
    private final class Upload implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long maxBytes;
        private final AtomicBoolean finished = new AtomicBoolean();
        private byte[] bytes = new byte[0];
        private int size;
        private Scheduler.Task deadline;

        Upload(Request request, Response response, Callback callback, long maxBytes) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.maxBytes = maxBytes;
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(this::expire, timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            run();
        }

        /** Takes what has arrived and asks to be called again when more does. */
        @Override
        public void run() {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    cutShort(chunk);
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                if (size + (long) buffer.remaining() > maxBytes) {
                    chunk.release();
                    end(ProblemResponses.contentTooLarge(maxBytes));
                    return;
                }
                append(buffer);
                chunk.release();
                if (chunk.isLast()) {
                    handOn();
                    return;
                }
            }
        }

        private void append(ByteBuffer buffer) {
            int n = buffer.remaining();
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes, Math.max(size + n, bytes.length * 2L + 1024)));
            }
            buffer.get(bytes, size, n);
            size += n;
        }

        /** The connection failed (closed by the client, or idle while the service stops). */
        private void cutShort(Content.Chunk failure) {
            if (failure.isLast()) {
                if (finished.compareAndSet(false, true)) {
                    deadline.cancel();
                    callback.failed(failure.getFailure());
                }
            } else {
                end(timedOut());
            }
        }

        private void expire() {
            end(timedOut());
        }

        private ProblemDetails timedOut() {
            return graceful.isShutdown()
                    ? ProblemResponses.stopping("The service is stopping and the request body had not arrived in "
                            + "full; send the request again.")
                    : ProblemResponses.bodyTimeout(timeout);
        }

        private void end(ProblemDetails problem) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            deadline.cancel();
            if (problem.status() == 503) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
            }
            refuse(response, callback, problem);
        }

        /** The whole body is here: the routes read it from memory, on a thread of their own. */
        private void handOn() {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            deadline.cancel();
            Request complete = new ReadRequest(request, ByteBuffer.wrap(bytes, 0, size));
            try {
                if (!BodyBuffering.super.handle(complete, response, callback)) {
                    Response.writeError(complete, response, callback, 404);
                }
            } catch (Throwable failure) {
                Response.writeError(complete, response, callback, failure);
            }
        }
    }

    /** A request whose body has been read: it gives the bytes in one last chunk. */
    private static final class ReadRequest extends Request.Wrapper {

        private final ByteBuffer body;
        private boolean given;

        ReadRequest(Request request, ByteBuffer body) {
            super(request);
            this.body = body;
        }

        @Override
        public long getLength() {
            return body.remaining();
        }

        @Override
        public synchronized Content.Chunk read() {
            if (given) {
                return Content.Chunk.EOF;
            }
            given = true;
            return Content.Chunk.from(body.slice(), true);
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public void fail(Throwable failure) {
            // nothing is left to read
        }
    }
}
