package org.gioreport.engine.batch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.gioreport.engine.batch.RecordFormat.Recorded;

/**
 * What an earlier, interrupted run already wrote ({@code --resume}): the inputs it recorded, by path, with
 * their content hash. Opening it repairs the file: a last record cut off mid-write (kill -9) is removed, so
 * that input is read again and the output holds every input once.
 */
public final class ResumeLedger {

    private final Map<String, Recorded> byPath = new HashMap<>();
    private boolean empty = true;

    private ResumeLedger() {
    }

    /** A ledger of nothing: every input is new. */
    public static ResumeLedger none() {
        return new ResumeLedger();
    }

    /** Reads and repairs {@code file} (absent: nothing recorded). */
    public static ResumeLedger open(Path file, RecordFormat format, Consumer<String> warnings) throws IOException {
        ResumeLedger ledger = new ResumeLedger();
        if (!Files.exists(file)) {
            return ledger;
        }
        long keep = ledger.scan(file, format, warnings);
        long size = Files.size(file);
        if (keep < size) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(keep);
            }
            warnings.accept("the last record of " + file + " was cut off (" + (size - keep)
                    + " bytes, an interrupted run); removed, so its input is read again");
        }
        ledger.empty = keep == 0;
        return ledger;
    }

    /** Reads the complete records; returns the length of the file up to the end of the last one. */
    private long scan(Path file, RecordFormat format, Consumer<String> warnings) throws IOException {
        long end = 0;
        long offset = 0;
        int records = 0;
        int invalid = 0;
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
                    String text = record.toString(StandardCharsets.UTF_8);
                    record.reset();
                    text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                    if (records++ == 0 && !format.header().isEmpty() && !format.isHeader(text)) {
                        throw new BatchSetupException("cannot resume into " + file + ": its first line is not the header this"
                                + " run would write (another --output-format or --labels?); write to a new file");
                    }
                    Recorded r = format.recorded(text);
                    if (r != null) {
                        byPath.put(key(r.path()), r);
                    } else if (!format.isHeader(text)) {
                        invalid++;
                    }
                    end = offset;
                }
            }
        }
        if (byPath.isEmpty() && invalid > 0) {
            throw new BatchSetupException("cannot resume into " + file + ": it holds no results of this output format");
        }
        if (invalid > 0) {
            warnings.accept(invalid + " lines of " + file + " are not results; left as they are");
        }
        return end;
    }

    /** The record of an input, or null when the earlier run did not record it. */
    public Recorded find(Path input) {
        return byPath.get(key(input.toString()));
    }

    /** The number of inputs recorded. */
    public int size() {
        return byPath.size();
    }

    /** True when the output holds nothing (after the repair), so a header is still to be written. */
    public boolean empty() {
        return empty;
    }

    /** Paths are compared absolute and normalized, so "./a.pdf" and "a.pdf" are one input. */
    private static String key(String path) {
        try {
            return Path.of(path).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return path;
        }
    }
}
