package org.gioreport.cli.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar on stderr (files done / total, files per second, ETA), or nothing. */
public final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    public static Progress none() {
        return new Progress(null);
    }

    /** A bar drawn on {@code to} (the command's standard error), updated a few times a second. */
    public static Progress bar(long total, PrintWriter to) {
        return new Progress(new ProgressBarBuilder()
                .setTaskName("normalize")
                .setInitialMax(total)
                .setUnit(" files", 1)
                .showSpeed(new DecimalFormat("0.0"))
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setConsumer(new WriterBarConsumer(to))
                .build());
    }

    /**
     * True when standard error is a terminal. Java 17 has no direct test for it (System.console() looks at
     * standard input and output); on Linux the descriptor's link names the terminal device.
     */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Shows OCR at work on the progress line (a scanned page takes seconds): the document and its pages read. */
    public void ocr(String document, int done, int total) {
        if (bar != null) {
            bar.setExtraMessage(done < total ? "OCR " + document + " page " + done + "/" + total : "");
        }
    }

    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
