package com.custodyadvisor.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the build wrote into the jar about itself: the project version and when it was built. */
public final class BuildInfo {

    static final String RESOURCE_ROOT = "/custody-advisor/";
    static final String PROPERTIES = RESOURCE_ROOT + "build.properties";

    private static final Properties WRITTEN = load();
    private static final String VERSION = WRITTEN.getProperty("version", "unknown");
    private static final String BUILD = WRITTEN.getProperty("build", "unknown");

    private BuildInfo() {
    }

    /** The project version, e.g. "1.0.0". */
    public static String version() {
        return VERSION;
    }

    /** When this build of the program was made: compiled rules are tied to the classes of one build. */
    public static String build() {
        return BUILD;
    }

    /** The Java the program runs on, e.g. "Java 17.0.16 (Debian, OpenJDK 64-Bit Server VM)". */
    public static String java() {
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")";
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(PROPERTIES)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
