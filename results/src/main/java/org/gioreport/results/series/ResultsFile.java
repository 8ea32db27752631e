package org.gioreport.results.series;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;

/**
 * Reads the results {@code normalize} wrote (JSON Lines) back, for the commands that work on results
 * ({@code series}, {@code review}). A line that is not a result is skipped with a warning naming it, so that
 * one hand-edited line does not cost the rest.
 */
public final class ResultsFile {

    private ResultsFile() {
    }

    /** The results of {@code files}, in order; {@code warnings} hears of each line left out. */
    public static List<NormalizationResult> read(List<Path> files, Consumer<String> warnings) throws IOException {
        List<NormalizationResult> results = new ArrayList<>();
        for (Path file : files) {
            Utf8Lines.read(file, (n, line) -> {
                if (line == null) {
                    warnings.accept(file + " line " + n + " is not UTF-8 text, so not a result; left out");
                } else if (!line.isBlank()) {
                    NormalizationResult result = resultOrNull(line);
                    if (result == null) {
                        warnings.accept(file + " line " + n + " is not a result (JSON Lines of normalize); left out");
                    } else {
                        results.add(result);
                    }
                }
            });
        }
        return results;
    }

    /** The result a line holds, or null when it holds none (not JSON, another shape, or JSON's {@code null}). */
    private static NormalizationResult resultOrNull(String line) {
        try {
            return ReportJson.fromLine(line);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
