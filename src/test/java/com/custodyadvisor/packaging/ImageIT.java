package com.custodyadvisor.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The OCI image Jib writes to target/custody-advisor-image.tar during `mvn verify`: its configuration
 * (entrypoint, default command, user, port), what its layers hold (a Java runtime, the program, the shipped
 * rules and data), and the image run, as a container runtime would run it, from its own root file system.
 */
class ImageIT {

    private static final Path TARBALL = Path.of(System.getProperty("custody-advisor.image",
            "target/custody-advisor-image.tar"));
    private static final String MAIN = "com.custodyadvisor.cli.Main";
    private static final String SHIPPED = "app/resources/custody-advisor/";

    private static ImageTarball image;

    @BeforeAll
    static void read() throws IOException {
        image = ImageTarball.read(TARBALL);
    }

    @Test
    void entrypointRunsTheProgramOnTheImagesJavaAndServesOnEveryInterfaceByDefault() {
        JsonNode config = image.config();

        assertThat(strings(config.path("Entrypoint"))).startsWith("/opt/java/bin/java").contains("-cp")
                .contains("@/app/jib-classpath-file").endsWith(MAIN);
        assertThat(strings(config.path("Cmd"))).containsExactly("serve", "--host", "0.0.0.0");
        assertThat(config.path("ExposedPorts").has("7070/tcp")).isTrue();
        assertThat(strings(config.path("Env"))).contains("LANG=C.UTF-8");
        assertThat(config.path("Labels").path("io.custody-advisor.readiness").asString()).endsWith("/health/ready");
    }

    @Test
    void runsAsAUserWhoIsNotRoot() {
        String user = image.config().path("User").asString();
        String uid = user.split(":")[0];

        assertThat(uid).isNotEmpty().isNotEqualTo("0").isNotEqualTo("root");
        String passwd = new String(image.file("etc/passwd").content(), StandardCharsets.UTF_8);
        assertThat(passwd.lines()).anySatisfy(line -> assertThat(line).startsWith("custody:x:" + uid + ":"));
    }

    @Test
    void holdsAJavaRuntimeWithTheLibrariesItLoads() {
        assertThat(image.file("opt/java/bin/java").mode()).isEqualTo(0755);
        assertThat(image.file("opt/java/lib/server/libjvm.so").content()).isNotEmpty();
        assertThat(image.files().keySet()).anyMatch(p -> p.matches("lib(64)?/.*ld-linux.*\\.so\\.\\d"))
                .anyMatch(p -> p.matches("lib/.*/libc\\.so\\.6"));
        assertThat(image.file("tmp").mode()).isEqualTo(0777);
        assertThat(new String(image.file("app/jib-classpath-file").content(), StandardCharsets.UTF_8))
                .startsWith("/app/resources:/app/classes:/app/libs/");
    }

    @Test
    void holdsTheShippedRulesAndDataAsTheyAreInTheCheckout() throws IOException {
        for (Path dir : List.of(ShippedRules.RULES, ShippedRules.DATA)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String inImage = SHIPPED + file.toString().replace('\\', '/');
                    assertThat(image.file(inImage).content()).as(inImage).isEqualTo(Files.readAllBytes(file));
                }
            }
        }
        assertThat(image.files().keySet()).filteredOn(p -> p.startsWith(SHIPPED + "rules/") && p.endsWith(".drl"))
                .hasSizeGreaterThan(5);
    }

    @Test
    void runsFromItsOwnRootFileSystem(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("root");
        image.extractTo(root);
        Files.createDirectories(root.resolve("proc"));
        Files.createDirectories(root.resolve("dev"));
        Files.copy(ShippedRules.EXAMPLES.resolve("cyber-only.yaml"), root.resolve("work/cyber-only.yaml"));

        List<String> assess = new ArrayList<>(strings(image.config().path("Entrypoint")));
        assess.addAll(List.of("assess", "cyber-only.yaml"));
        ProgramProcess.Result r = ProgramProcess.startIsolated(dir, environment(), contained(root, assess)).waitFor();

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Verdict: NOT_READY").contains("critical 2 · high")
                .contains("(shipped with custody-advisor ");

        List<String> serve = new ArrayList<>(strings(image.config().path("Entrypoint")));
        serve.addAll(strings(image.config().path("Cmd")));
        Map<String, String> env = environment();
        env.put("CUSTODY_ADVISOR_PORT", "0");
        try (ProgramProcess service = ProgramProcess.startIsolated(dir, env, contained(root, serve))) {
            ServiceClient client = ServiceClient.of(service.awaitErr(ServiceClient::isListeningLine));
            assertThat(client.awaitReady()).endsWith(200);
            assertThat(client.post("/v1/advisories", "application/yaml",
                    Files.readString(ShippedRules.EXAMPLES.resolve("cyber-only.yaml"))).body())
                    .contains("\"verdict\" : \"NOT_READY\"");
            assertThat(client.get("/health/live").statusCode()).isEqualTo(200);
        }
    }

    /** The image's environment, as a container gets it. */
    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        for (String entry : strings(image.config().path("Env"))) {
            int equals = entry.indexOf('=');
            env.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
        return env;
    }

    /**
     * The command run inside the image's root file system, in its working directory and as its user, with
     * the kernel's /proc and /dev (a runtime gives a container those): a private mount namespace keeps
     * those mounts from outliving the process. Without root, a user namespace stands in (as its root).
     */
    private static List<String> contained(Path root, List<String> command) {
        String[] user = image.config().path("User").asString().split(":");
        boolean root0 = "root".equals(System.getProperty("user.name"));
        List<String> inner = new ArrayList<>(List.of(tool("unshare"), "--root=" + root,
                "--wd=" + image.config().path("WorkingDir").asString()));
        if (root0) {
            inner.addAll(List.of("--setuid=" + user[0], "--setgid=" + user[1]));
        }
        inner.addAll(command);
        String mounts = tool("mount") + " --rbind /proc \"$0/proc\" && " + tool("mount") + " --rbind /dev \"$0/dev\""
                + " && exec \"$@\"";
        List<String> outer = new ArrayList<>(List.of(tool("unshare"), "--mount", "--fork", "--kill-child"));
        if (!root0) {
            outer.add("--map-root-user");
        }
        outer.addAll(List.of(tool("sh"), "-c", mounts, root.toString()));
        outer.addAll(inner);
        return outer;
    }

    private static String tool(String name) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return dir + "/" + name;
            }
        }
        throw new AssertionError(name + " is needed to run the image's root file system (util-linux)");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
