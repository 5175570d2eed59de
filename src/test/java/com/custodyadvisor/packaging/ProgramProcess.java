package com.custodyadvisor.packaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged program run as its own process, as a user would: its output collected line by line while it
 * runs, and stopped (SIGTERM, then the whole process tree) when the test is done with it.
 */
final class ProgramProcess implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final List<Thread> readers;

    private ProgramProcess(Process process) {
        this.process = process;
        this.readers = List.of(collect(process.getInputStream(), out), collect(process.getErrorStream(), err));
    }

    /** Starts {@code command} in {@code directory} with {@code environment} added to this one's. */
    static ProgramProcess start(Path directory, Map<String, String> environment, List<String> command) {
        return start(directory, environment, command, true);
    }

    /** Starts {@code command} with {@code environment} only, as a container gets its image's. */
    static ProgramProcess startIsolated(Path directory, Map<String, String> environment, List<String> command) {
        return start(directory, environment, command, false);
    }

    private static ProgramProcess start(Path directory, Map<String, String> environment, List<String> command,
                                        boolean inherit) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        if (!inherit) {
            builder.environment().clear();
        }
        builder.environment().putAll(environment);
        try {
            return new ProgramProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end. */
    static Result run(Path directory, Map<String, String> environment, List<String> command) {
        try (ProgramProcess p = start(directory, environment, command)) {
            return p.waitFor();
        }
    }

    /** The java that runs the tests, to run the jar with. */
    static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }

    record Result(int exitCode, String out, String err) {
    }

    Result waitFor() {
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("still running after " + TIMEOUT + "; stderr: " + String.join("\n", err));
            }
            readAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Result(process.exitValue(), String.join("\n", out), String.join("\n", err));
    }

    /** The first line on stderr that matches, waiting for it while the process runs. */
    String awaitErr(Predicate<String> matching) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : err) {
                if (matching.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive() && err.stream().noneMatch(matching)) {
                throw new AssertionError("ended (" + process.exitValue() + ") without the line; stderr:\n"
                        + String.join("\n", err));
            }
            sleep(50);
        }
        throw new AssertionError("no such line on stderr:\n" + String.join("\n", err));
    }

    /** The processes this one has started, and they theirs, running now. */
    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    List<String> errLines() {
        return List.copyOf(err);
    }

    /** Sends SIGTERM and waits for the process to stop by itself; returns its exit code. */
    int stop() {
        // the handle's destroy sends SIGTERM and leaves the output streams open (Process.destroy closes them),
        // so what the program writes while it stops is still read
        process.toHandle().destroy();
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("did not stop on SIGTERM");
            }
            readAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Waits for the readers to take in what the ended process wrote last. */
    private void readAll() throws InterruptedException {
        for (Thread reader : readers) {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private static Thread collect(InputStream stream, List<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "program-output");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
