package com.custodyadvisor.reload;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rules and data directories (and their sub-directories) and calls back once changes
 * settle: an editor saving a file makes several events, and a reload per event would be wasted work.
 */
public final class DirectoryWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

    private final WatchService watcher;
    private final Thread thread;
    private final Duration settle;
    private final Runnable onChange;

    private DirectoryWatcher(List<Path> roots, Duration settle, Runnable onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.settle = settle;
        this.onChange = onChange;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::loop, "rules-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts watching; {@code onChange} runs on the watcher's thread after {@code settle} without events. */
    public static DirectoryWatcher start(List<Path> roots, Duration settle, Runnable onChange) throws IOException {
        DirectoryWatcher w = new DirectoryWatcher(roots, settle, onChange);
        w.thread.start();
        return w;
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = drain(key);
                // keep collecting until the directories have been quiet for the settle time
                WatchKey more;
                while ((more = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    try {
                        onChange.run();
                    } catch (RuntimeException e) {
                        LOG.error("reload after a file change failed", e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    LOG.warn("cannot watch {}: {}", changed, e.getMessage());
                }
            }
            String name = changed.getFileName().toString();
            relevant |= name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml");
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
