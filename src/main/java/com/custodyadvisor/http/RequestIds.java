package com.custodyadvisor.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plausible one, else a new UUID.
 * The id is echoed in the response and set in the logging context (MDC key {@value #MDC_KEY}) while the
 * request is handled, so every log line about it carries it and a caller's report can be matched to the log.
 * Outermost handler, so even Jetty's own refusals carry an id.
 */
final class RequestIds extends Handler.Wrapper {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    /** Ids from callers are logged: only short, printable ones are taken, never anything that could forge a line. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    /** The request attribute the id is kept under, for work that continues the request later. */
    private static final String ATTRIBUTE = RequestIds.class.getName();

    /** Part of handling a request. */
    interface Step {
        boolean run() throws Exception;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String id = idOf(request.getHeaders().get(HEADER));
        response.getHeaders().put(HEADER, id);
        request.setAttribute(ATTRIBUTE, id);
        return withId(id, () -> super.handle(request, response, callback));
    }

    /**
     * Runs a step of the request later, on another thread (once a body sent in parts has all arrived), with the
     * request's id in the logging context again.
     */
    static boolean continueWithIdOf(Request request, Step step) throws Exception {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? withId(id, step) : step.run();
    }

    private static boolean withId(String id, Step step) throws Exception {
        String outer = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            return step.run();
        } finally {
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }

    /** The caller's id when acceptable, else a new one. */
    static String idOf(String given) {
        return given != null && ACCEPTED.matcher(given).matches() ? given : newId();
    }

    /**
     * A random (version 4) UUID from the thread's own generator. The id only has to be unique, not
     * unguessable: {@link UUID#randomUUID()} draws from the one SecureRandom behind a lock, which every
     * request thread queued on under load.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }
}
