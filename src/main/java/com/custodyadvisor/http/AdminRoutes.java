package com.custodyadvisor.http;

import com.custodyadvisor.reload.LiveAdvisor;
import com.custodyadvisor.reload.ReloadResult;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code POST /v1/admin/reload}: reloads the rules and catalogue from disk now. Needs
 * {@code Authorization: Bearer <key>} with the configured admin key; without a key configured the
 * admin endpoints do not exist (404).
 */
final class AdminRoutes {

    static final String RELOAD_PATH = "/v1/admin/reload";

    private final LiveAdvisor live;
    private final byte[] key;

    /** @param live what to reload, or null when the service was started on a fixed advisor */
    AdminRoutes(LiveAdvisor live, String adminKey) {
        this.live = live;
        this.key = adminKey == null ? null : adminKey.getBytes(StandardCharsets.UTF_8);
    }

    void reload(Context ctx) {
        if (key == null || live == null) {
            throw new ProblemException(ProblemResponses.notFound("The admin endpoints are off: start the service "
                    + "with CUSTODY_ADVISOR_ADMIN_KEY set to turn them on."));
        }
        authorize(ctx);
        ReloadResult result = live.reload(allowRemovals(ctx.queryParam("allowRemovals")));
        if (!result.swapped()) {
            throw new ProblemException(ProblemResponses.reloadRefused(result.problems()));
        }
        ctx.json(ReloadOutcome.of(live.get()));
    }

    /**
     * True when the request carries the admin key (it may see the details of {@code /health}); false without an
     * Authorization header, or when no admin key is configured (nobody sees the details then).
     *
     * @throws ProblemException 401 when a key is given and it is not the admin key
     */
    boolean admits(Context ctx) {
        if (key == null || ctx.header("Authorization") == null) {
            return false;
        }
        authorize(ctx);
        return true;
    }

    private static boolean allowRemovals(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "", "true" -> true;
            case "false" -> false;
            default -> throw new ProblemException(ProblemResponses.badRequest(
                    "Query parameter allowRemovals must be true or false."));
        };
    }

    private void authorize(Context ctx) {
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        boolean ok = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
                // compared exactly (a key with spaces around it is another key), and in constant time, so
                // timing does not tell how much of a guess was right
                && MessageDigest.isEqual(header.substring(prefix.length()).getBytes(StandardCharsets.UTF_8), key);
        if (!ok) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"custody-advisor admin\"");
            throw new ProblemException(ProblemResponses.unauthorized(header == null
                    ? "The admin endpoints need an Authorization: Bearer header with the admin key."
                    : "The bearer key is not the admin key."));
        }
    }
}
