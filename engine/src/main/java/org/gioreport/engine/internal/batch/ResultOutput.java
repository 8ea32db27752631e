package org.gioreport.engine.internal.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.gioreport.engine.batch.RecordFormat;

/** Where the records go: a file (new, or appended to when resuming) or standard output, left open after. */
public final class ResultOutput {

    private ResultOutput() {
    }

    /**
     * Opens the output and writes the format's header when it starts empty.
     *
     * @param file the output file, or null for {@code stdout}
     * @throws NotCreated when the file cannot be created
     */
    public static Writer open(Path file, boolean append, PrintWriter stdout, RecordFormat format,
                              ResumeLedger ledger) throws IOException {
        Writer out;
        if (file == null) {
            out = new StandardOutput(stdout);
        } else {
            try {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                out = append ? Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND) : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new NotCreated("cannot create the output file " + file + ": " + IoReason.of(e), e);
            }
        }
        if (ledger.empty()) {
            out.write(format.header());
        }
        return out;
    }

    /**
     * Standard output as a writer that reports a failed write: a {@link PrintWriter} swallows its errors (a full
     * disk, a closed pipe), so each flush asks it whether one happened and turns that into an exception.
     */
    private static final class StandardOutput extends Writer {
        private final PrintWriter stdout;

        StandardOutput(PrintWriter stdout) {
            this.stdout = stdout;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            stdout.write(buf, off, len);
        }

        @Override
        public void write(String s) {
            stdout.write(s);
        }

        @Override
        public void flush() throws IOException {
            if (stdout.checkError()) { // flushes, then tells whether any write or flush so far failed
                throw new IOException("standard output cannot be written (a full disk, or a pipe closed by the"
                        + " program reading it)");
            }
        }

        @Override
        public void close() throws IOException {
            flush(); // standard output stays open for whoever called us
        }
    }

    /** The output file could not be created (its folder is a file, no permission, a full disk). */
    public static final class NotCreated extends IOException {
        NotCreated(String message, IOException cause) {
            super(message, cause);
        }
    }
}
