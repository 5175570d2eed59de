package com.custodyadvisor.http;

import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.profile.InvalidProfileException;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.report.AdvisoryJson;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of a {@code POST /v1/advisories} done once while the service is starting (not yet ready), on a shipped
 * example: a fresh JVM loads several thousand classes, builds Jackson's deserializers and serializers and the
 * schema's validators on its first advisory, which took the first client's request about two seconds. Reading the
 * profile needs no rules, so it runs while they load; the advisory and its JSON once they have. A warm-up that
 * fails (rules that cannot advise the example) only leaves that cost to the first request: it never stops the
 * service from starting.
 */
final class StartupWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmUp.class);

    /** The example read: inside the program, so the warm-up does not depend on the data directory served. */
    static final String EXAMPLE = "/custody-advisor/data/examples/apac-custodian.yaml";

    private final ProfileReader reader;
    private SubmittedProfile profile;

    StartupWarmUp(ProfileReader reader) {
        this.reader = reader;
    }

    /** Parses and checks the example as a request's body is; false when that failed. */
    boolean readProfile() {
        try (InputStream in = StartupWarmUp.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                LOG.debug("no warm-up: {} is not on the class path", EXAMPLE);
                return false;
            }
            profile = reader.read(in.readAllBytes());
            return true;
        } catch (IOException | InvalidProfileException | RuntimeException e) {
            LOG.debug("warm-up: reading {} failed: {}", EXAMPLE, e.toString());
            return false;
        }
    }

    /**
     * Advises the example and writes the advisory as JSON, on a copy of the advisor: its statistics stay those of
     * the clients' advisories. False when there was no profile or the rules failed on it.
     */
    boolean advise(Advisor advisor) {
        if (profile == null) {
            return false;
        }
        try {
            AdvisoryJson.render(advisor.withTimeout(advisor.timeout()).advise(profile));
            return true;
        } catch (RuntimeException e) {
            LOG.debug("warm-up: advising {} failed: {}", EXAMPLE, e.toString());
            return false;
        }
    }
}
