package org.gioreport.engine.internal.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.gioreport.core.model.Status;
import org.gioreport.engine.batch.BatchSetupException;
import org.gioreport.engine.batch.RecordFormat;
import org.gioreport.engine.batch.RecordFormat.Recorded;
import org.gioreport.engine.internal.read.PathText;

/**
 * What an earlier, interrupted run already wrote ({@code --resume}): the inputs it recorded, by path, with
 * their content hash. Opening it repairs the file: a last record cut off mid-write (kill -9) is removed, so
 * that input is read again and the output holds every input once. When a path has several records (an
 * input that changed), the last one counts.
 */
public final class ResumeLedger {

    private final Map<String, Recorded> byPath = new HashMap<>();
    private boolean empty = true;
    private boolean repeated;
    private boolean retryFailed;

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
        int[] records = {0};
        int[] invalid = {0};
        long end = RecordFile.scan(file, format, (text, raw) -> {
            if (records[0]++ == 0 && !format.header().isEmpty() && !format.isHeader(text)) {
                throw new BatchSetupException("cannot resume into " + file + ": its first line is not the header this"
                        + " run would write (another --output-format or --labels?); write to a new file");
            }
            Recorded r = format.recorded(text);
            if (r != null) {
                repeated |= byPath.put(key(r.path()), r) != null; // the later record is the one that counts
            } else if (!format.isHeader(text)) {
                invalid[0]++;
            }
        });
        if (byPath.isEmpty() && invalid[0] > 0) {
            throw new BatchSetupException("cannot resume into " + file + ": it holds no results of this output format");
        }
        if (invalid[0] > 0) {
            warnings.accept(invalid[0] + " lines of " + file + " are not results; left as they are");
        }
        return end;
    }

    /**
     * The record of an input, or null when the earlier run did not record it (or recorded it as failed and
     * {@link #retryFailed} was asked).
     */
    public Recorded find(Path input) {
        if (byPath.isEmpty()) {
            return null; // no resume, or nothing recorded: spare every input the path's escaping and resolving
        }
        Recorded r = byPath.get(key(PathText.of(input))); // as its record names it
        return r != null && retryFailed && r.status() == Status.FAILED ? null : r;
    }

    /**
     * {@code --retry-failed}: inputs recorded as failed count as not recorded, so they are read again and their new
     * record is appended; {@link OneRecordPerPath} then drops the older one. Every failed record is retried, not
     * only those of transient causes (a timeout, memory): a failure for good fails again, quickly, and what counts
     * as transient is not in every output format's record.
     *
     * @return the number of failed records, the inputs that will be read again
     */
    public int retryFailed() {
        retryFailed = true;
        return (int) byPath.values().stream().filter(r -> r.status() == Status.FAILED).count();
    }

    /** The number of inputs recorded. */
    public int size() {
        return byPath.size();
    }

    /**
     * True when some input has more than one record: an earlier resumed run read a changed input again and
     * was stopped before it could drop the older record ({@link OneRecordPerPath} does that at the end).
     */
    public boolean repeatedPaths() {
        return repeated;
    }

    /** True when the output holds nothing (after the repair), so a header is still to be written. */
    public boolean empty() {
        return empty;
    }

    /** Paths are compared absolute and normalized, so "./a.pdf" and "a.pdf" are one input. */
    static String key(String path) {
        try {
            return Path.of(path).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return path;
        }
    }
}
