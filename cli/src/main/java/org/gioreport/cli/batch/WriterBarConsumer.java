package org.gioreport.cli.batch;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * Draws the progress bar on a writer — the command's standard error — redrawing the line after a carriage
 * return, so the bar goes where the rest of stderr goes (and where a test captures it), not to System.err.
 */
final class WriterBarConsumer implements ProgressBarConsumer {

    /** The classic terminal width: the bar and its figures fit, and a wider terminal shows it whole. */
    static final int WIDTH = 80;

    private final PrintWriter to;

    WriterBarConsumer(PrintWriter to) {
        this.to = to;
    }

    @Override
    public int getMaxRenderedLength() {
        return WIDTH;
    }

    @Override
    public void accept(String rendered) {
        to.print('\r');
        to.print(rendered);
        to.flush();
    }

    @Override
    public void close() {
        to.println();
        to.flush();
    }
}
