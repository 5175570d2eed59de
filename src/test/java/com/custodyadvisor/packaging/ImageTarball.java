package com.custodyadvisor.packaging;

import com.custodyadvisor.document.Mappers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import tools.jackson.databind.JsonNode;

/**
 * An OCI image as Jib writes it to a tarball (an OCI layout: index.json, blobs by digest), read the way a
 * container runtime reads it: the index names the manifest, the manifest the configuration and the layers.
 */
final class ImageTarball {

    /** One file of a layer: its path in the image, mode, and (for regular files) its bytes. */
    record Entry(String path, int mode, boolean directory, String linkTarget, byte[] content) {
    }

    private final JsonNode config;
    private final Map<String, Entry> files = new LinkedHashMap<>();

    private ImageTarball(Path tarball) throws IOException {
        Map<String, byte[]> blobs = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isFile()) {
                    blobs.put(entry.getName(), tar.readAllBytes());
                }
            }
        }
        JsonNode index = Mappers.JSON.readTree(blob(blobs, "index.json"));
        JsonNode manifest = Mappers.JSON.readTree(blob(blobs, digestPath(index.at("/manifests/0/digest"))));
        this.config = Mappers.JSON.readTree(blob(blobs, digestPath(manifest.at("/config/digest"))));
        for (JsonNode layer : manifest.path("layers")) {
            readLayer(blob(blobs, digestPath(layer.path("digest"))));
        }
    }

    static ImageTarball read(Path tarball) throws IOException {
        return new ImageTarball(tarball);
    }

    /** The image configuration's "config": Entrypoint, Cmd, User, ExposedPorts, Env, WorkingDir, Labels. */
    JsonNode config() {
        return config.path("config");
    }

    /** Every path in the image (without a leading slash), as the layers laid them, later layers winning. */
    Map<String, Entry> files() {
        return files;
    }

    Entry file(String path) {
        Entry entry = files.get(path);
        if (entry == null) {
            throw new AssertionError("the image has no " + path);
        }
        return entry;
    }

    /** Writes the image's file system under {@code root}, with the layers' modes, to run it. */
    void extractTo(Path root) throws IOException {
        List<Entry> directories = new ArrayList<>();
        for (Entry e : files.values()) {
            Path target = root.resolve(e.path());
            if (e.directory()) {
                Files.createDirectories(target);
                directories.add(e);
            } else if (e.linkTarget() != null) {
                Files.createDirectories(target.getParent());
                Files.createSymbolicLink(target, Path.of(e.linkTarget()));
            } else {
                Files.createDirectories(target.getParent());
                Files.write(target, e.content());
                Files.setPosixFilePermissions(target, permissions(e.mode()));
            }
        }
        for (Entry e : directories) {
            Files.setPosixFilePermissions(root.resolve(e.path()), permissions(e.mode()));
        }
    }

    private void readLayer(byte[] gzipped) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GzipCompressorInputStream(new ByteArrayInputStream(gzipped)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String path = entry.getName().replaceFirst("^\\./", "").replaceFirst("/$", "");
                String link = entry.isSymbolicLink() ? entry.getLinkName() : null;
                byte[] content = entry.isFile() ? tar.readAllBytes() : null;
                files.put(path, new Entry(path, entry.getMode() & 07777, entry.isDirectory(), link, content));
            }
        }
    }

    private static String digestPath(JsonNode digest) {
        return "blobs/" + digest.asString().replace(':', '/');
    }

    private static byte[] blob(Map<String, byte[]> blobs, String name) {
        byte[] bytes = blobs.get(name);
        if (bytes == null) {
            throw new AssertionError("the tarball has no " + name);
        }
        return bytes;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        return set;
    }
}
