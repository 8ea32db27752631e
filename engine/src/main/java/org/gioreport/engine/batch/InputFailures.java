package org.gioreport.engine.batch;

import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Source;
import org.gioreport.engine.internal.plugins.ThrowableText;

/**
 * The records of an input a batch could not read for a reason that is not the document's: memory ran out, or
 * gioreport itself failed (a bug). The CLI's batch run and the Spark job both write these, so that one input
 * still gives exactly one record; each says in its {@link Advice} how its user gives more memory and where the
 * stack trace is. Neither record has a content hash, so a re-run or {@code --resume} reads the input again.
 */
public final class InputFailures {

    /** The code of a record for an input gioreport itself failed on (a bug, not the input's fault). */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    /** The code of a record for an input that needed more memory than the run had. */
    public static final String OUT_OF_MEMORY = "OUT_OF_MEMORY";

    /**
     * What the message of a failed record tells its reader to do.
     *
     * @param moreMemory how to run with more memory
     * @param stackTrace where to find the stack trace of an internal error
     */
    public record Advice(String moreMemory, String stackTrace) {

        /** For the command line and the library's {@link FileBatch}. */
        public static final Advice COMMAND_LINE = new Advice("give Java more with -Xmx, e.g."
                + " GIOREPORT_JAVA_OPTS=-Xmx4g, or lower --max-size or --threads",
                "run with --debug for the stack trace");
    }

    private InputFailures() {
    }

    public static NormalizationResult outOfMemory(Source source, Advice advice) {
        return failed(source, OUT_OF_MEMORY, "gioreport ran out of memory on this input (" + advice.moreMemory()
                + ")");
    }

    public static NormalizationResult internalError(Source source, Throwable e, Advice advice) {
        return failed(source, INTERNAL_ERROR, "gioreport failed on this input: " + ThrowableText.describe(e)
                + " (" + advice.stackTrace() + "; please report it)");
    }

    private static NormalizationResult failed(Source source, String code, String message) {
        return NormalizationResult.failed(new Source(source.path(), null, null), null,
                Diagnostic.error(code, null, message));
    }
}
