package com.custodyadvisor.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Reads JSON Lines: one document per line, with its line number; blank lines are skipped. */
public final class JsonLines implements Iterator<JsonLines.Line> {

    /** One line's text and where it is (1-based). */
    public record Line(int number, byte[] bytes) {
    }

    private final BufferedReader reader;
    private int number;
    private Line next;

    public JsonLines(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            String text;
            try {
                text = reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (text == null) {
                return false;
            }
            number++;
            if (!text.isBlank()) {
                next = new Line(number, text.getBytes(StandardCharsets.UTF_8));
            }
        }
        return true;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = next;
        next = null;
        return line;
    }
}
