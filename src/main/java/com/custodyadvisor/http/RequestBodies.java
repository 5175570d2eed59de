package com.custodyadvisor.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body up to a limit, so an oversized one is refused (413) before it fills memory. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The whole body.
     *
     * @throws ProblemException 413 when the body (declared or as read) exceeds the limit; 400 when it
     *                          cannot be read (the client stopped sending)
     */
    static byte[] read(Context ctx, long limitBytes) {
        if (ctx.req().getContentLengthLong() > limitBytes) {
            throw new ProblemException(ProblemResponses.contentTooLarge(limitBytes));
        }
        // a chunked body declares no length: read one byte past the limit to know it is too long
        int cap = (int) Math.min(limitBytes + 1, Integer.MAX_VALUE - 8);
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(cap);
        } catch (IOException e) {
            throw new ProblemException(ProblemResponses.badRequest("The request body could not be read: the "
                    + "connection ended or stalled before the whole body arrived."));
        }
        if (bytes.length > limitBytes) {
            throw new ProblemException(ProblemResponses.contentTooLarge(limitBytes));
        }
        return bytes;
    }
}
