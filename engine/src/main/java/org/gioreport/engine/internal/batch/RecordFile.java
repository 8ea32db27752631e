package org.gioreport.engine.internal.batch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gioreport.engine.batch.RecordFormat;

/**
 * Reads an output file record by record: a record ends at a line break, except inside quotes for a format
 * whose records may hold line breaks (CSV). Text after the last line break is not a complete record.
 */
final class RecordFile {

    /** Hears of each complete record in file order. */
    interface Visitor {
        /**
         * @param text the record decoded as UTF-8, its line end ("\n" or "\r\n") removed
         * @param raw the record's bytes up to, not including, its final "\n"
         */
        void record(String text, byte[] raw) throws IOException;
    }

    private RecordFile() {
    }

    /**
     * The first line of a file, its line end removed: null when the file has none within {@code maxBytes} (the
     * whole file, when it has no line break at all and is small enough).
     */
    static String firstLine(Path file, int maxBytes) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    break;
                }
                if (line.size() >= maxBytes) {
                    return null;
                }
                line.write(b);
            }
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** Visits every complete record; returns the length of the file up to the end of the last one. */
    static long scan(Path file, RecordFormat format, Visitor visitor) throws IOException {
        long end = 0;
        long offset = 0;
        boolean quoted = false;
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    offset++;
                    if (b == '"' && format.quotedLineBreaks()) {
                        quoted = !quoted;
                    }
                    if (b != '\n' || quoted) {
                        record.write(b);
                        continue;
                    }
                    byte[] raw = record.toByteArray();
                    record.reset();
                    String text = new String(raw, StandardCharsets.UTF_8);
                    visitor.record(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, raw);
                    end = offset;
                }
            }
        }
        return end;
    }
}
