package com.custodyadvisor.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it printed, as a user's terminal would show it. */
final class CliRunner {

    /** @param bytes what standard output got as bytes (the PDF) */
    record Result(int exitCode, String out, String err, byte[] bytes) {
    }

    static Result run(String... args) {
        return run(new Terminal(false, true, false), args);
    }

    /** As if standard output were {@code terminal}. */
    static Result run(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommandLine cli = Main.commandLine(terminal, bytes);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString(), bytes.toByteArray());
    }

    private CliRunner() {
    }
}
