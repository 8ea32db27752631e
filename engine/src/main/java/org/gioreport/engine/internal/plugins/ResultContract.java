package org.gioreport.engine.internal.plugins;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.ReportFields;
import org.gioreport.spi.Extraction;

/**
 * What a plugin's {@link Extraction} must be for gioreport to use it: no null where the SPI forbids one (a
 * diagnostic, its severity, code or message; a derived path; a provenance entry), codes and paths of the
 * documented shape, and numbers a report can state. A result that breaks it is refused, as if the plugin had
 * failed, and the next plugin is tried: one bad plugin must not turn every document it claims into an internal
 * error (a null code breaks the JSON writer; {@code 1E+400000000} would be written as 400 million digits).
 */
final class ResultContract {

    /** Digits before or after the decimal point of a plausible amount; far more than any report states. */
    static final int MAX_DIGITS = 20;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern PATH = Pattern.compile(ReportFields.PATH_PATTERN);

    private ResultContract() {
    }

    /** Why the extraction breaks the contract, as a short phrase; null when it keeps it. */
    static String breach(Extraction extraction) {
        for (Diagnostic d : extraction.diagnostics()) {
            String problem = breach(d);
            if (problem != null) {
                return problem;
            }
        }
        for (String path : extraction.derived()) {
            if (path == null || !PATH.matcher(path).matches()) {
                return "a derived path is " + quoted(path);
            }
        }
        for (var entry : extraction.provenance().entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                return "a provenance entry holds null";
            }
        }
        if (extraction.report() != null && extraction.report().schemaVersion() == null) {
            return "the report has no schemaVersion";
        }
        return null;
    }

    /** Why a flattened report holds a value no report can state (an absurd number); null when none does. */
    static String breach(Map<String, Object> flatReport) {
        for (var entry : flatReport.entrySet()) {
            if (entry.getValue() instanceof BigDecimal d && !plausible(d)) {
                return entry.getKey() + " is a number of " + (d.precision() - d.scale()) + " digits";
            }
        }
        return null;
    }

    private static boolean plausible(BigDecimal d) {
        long integerDigits = (long) d.precision() - d.scale();
        return integerDigits <= MAX_DIGITS && d.scale() <= MAX_DIGITS;
    }

    private static String breach(Diagnostic d) {
        if (d == null) {
            return "a diagnostic is null";
        }
        if (d.severity() == null || d.message() == null) {
            return "diagnostic " + quoted(d.code()) + " has no severity or message";
        }
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            return "a diagnostic's code is " + quoted(d.code());
        }
        if (d.path() != null && !PATH.matcher(d.path()).matches()) {
            return "diagnostic " + d.code() + " has the path " + quoted(d.path());
        }
        return null;
    }

    private static String quoted(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
    }
}
