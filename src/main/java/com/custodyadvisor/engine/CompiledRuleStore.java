package com.custodyadvisor.engine;

import com.custodyadvisor.distribution.BuildInfo;
import com.custodyadvisor.support.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where compiled rules are found before compiling: the shipped rules, compiled when the program was built,
 * and a cache on disk of rule sets compiled on this machine. Both are keyed by the SHA-256 of the rule files'
 * names and contents ({@link #filesHash}); the cache's key adds the program's build, whose classes the
 * compiled rules are tied to. Any change to a rule file is another key, so nothing is ever invalidated in
 * place. Entries are written to a temporary file and renamed into place in one step: two processes
 * compiling the same rules at once both write a whole file, and a reader never sees half of one.
 *
 * <p>The cache directory: the system property {@code custody-advisor.cache}, else the environment variable
 * {@code CUSTODY_ADVISOR_CACHE}, else {@code $XDG_CACHE_HOME/custody-advisor}, else
 * {@code ~/.cache/custody-advisor}; {@code off} turns the cache off.
 */
final class CompiledRuleStore {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleStore.class);

    /** Where the build puts the shipped rules' archive: this folder, then the files hash, then ".jar". */
    static final String SHIPPED = "/custody-advisor/compiled-rules/";
    static final String PROPERTY = "custody-advisor.cache";
    static final String VARIABLE = "CUSTODY_ADVISOR_CACHE";
    private static final String FORMAT = "custody-advisor compiled rules 1";

    private CompiledRuleStore() {
    }

    /** SHA-256 over each rule file's name and contents, in name order. */
    static String filesHash(Map<String, byte[]> files) {
        MessageDigest digest = Hashes.newDigest();
        RuleSetCompiler.digestFiles(digest, files);
        return Hashes.hex(digest);
    }

    /** The compiled rules for these files: shipped, or cached; null when they must be compiled. */
    static CompiledRules find(String filesHash) {
        try (InputStream shipped = CompiledRuleStore.class.getResourceAsStream(SHIPPED + filesHash + ".jar")) {
            if (shipped != null) {
                return CompiledRules.fromJar(shipped);
            }
        } catch (IOException e) {
            LOG.warn("the compiled shipped rules cannot be read, compiling them: {}", e.getMessage());
        }
        Path entry = entry(filesHash);
        if (entry == null) {
            return null;
        }
        try {
            return CompiledRules.fromJar(Files.readAllBytes(entry));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("compiled rules {} cannot be read, compiling again: {}", entry, e.getMessage());
            return null;
        }
    }

    /** Keeps compiled rules for the next process; a cache that cannot be written is only a slower start. */
    static void keep(String filesHash, CompiledRules compiled) {
        Path entry = entry(filesHash);
        if (entry == null) {
            return;
        }
        Path temporary = null;
        try {
            Files.createDirectories(entry.getParent());
            temporary = Files.createTempFile(entry.getParent(), entry.getFileName().toString(), ".tmp");
            Files.write(temporary, compiled.toJar());
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("compiled rules not cached in {}: {}", entry.getParent(), e.toString());
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more to do: a stray temporary file is never read
                }
            }
        }
    }

    /** The cache file for these rule files and this build of the program, or null when the cache is off. */
    static Path entry(String filesHash) {
        Path dir = directory();
        if (dir == null) {
            return null;
        }
        MessageDigest digest = Hashes.newDigest();
        for (String part : new String[] {FORMAT, BuildInfo.version(), BuildInfo.build(), filesHash}) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return dir.resolve("rules-" + Hashes.hex(digest) + ".jar");
    }

    /** The cache directory, or null when it is turned off or no home is known. */
    static Path directory() {
        String given = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (given != null && !given.isBlank()) {
            return given.strip().toLowerCase(Locale.ROOT).equals("off") ? null : Path.of(given.strip());
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "custody-advisor");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "custody-advisor");
    }
}
