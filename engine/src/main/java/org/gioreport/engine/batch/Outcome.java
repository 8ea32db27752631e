package org.gioreport.engine.batch;

import java.util.LinkedHashSet;
import java.util.List;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;

/**
 * One finished input as the writer and the summary need it: its place in the input order, the record
 * already formatted (null when a resumed run skips the input), and the facts the summary counts.
 * A skipped input has only its path and the status recorded before.
 *
 * @param codes the distinct diagnostic codes of the result, in order
 * @param changed true when a resumed run processed the input again because its content changed
 * @param unwritable why no record could be made at all (its writing stops the run), or null
 */
public record Outcome(long seq, String path, String record, Status status, String format, String edition,
                      List<String> codes, long nanos, boolean changed, Throwable unwritable) {

    /** The outcome of a read input (public for the batch run, in {@code org.gioreport.engine.internal.batch}). */
    public static Outcome of(long seq, NormalizationResult result, String record, long nanos, boolean changed) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        result.diagnostics().stream().map(Diagnostic::code).forEach(codes::add);
        String edition = result.report() == null ? null : result.report().edition();
        return new Outcome(seq, result.source().path(), record, result.status(), result.format(), edition,
                List.copyOf(codes), nanos, changed, null);
    }

    /** An input a resumed run skips: the output holds its record already (with this status, if known). */
    public static Outcome skipped(long seq, String path, Status recorded) {
        return new Outcome(seq, path, null, recorded, null, null, List.of(), 0, false, null);
    }

    /** An input for which no record could be made at all: writing it stops the run. */
    public static Outcome unwritable(long seq, String path, Throwable why) {
        return new Outcome(seq, path, null, Status.FAILED, null, null, List.of(), 0, false, why);
    }

    /** True when the output already held this input's record (a resumed run). */
    public boolean skipped() {
        return record == null && unwritable == null;
    }

    /** True for complete and partial results: the input gave a report (false when a skipped one's is unknown). */
    public boolean read() {
        return status == Status.COMPLETE || status == Status.PARTIAL;
    }
}
