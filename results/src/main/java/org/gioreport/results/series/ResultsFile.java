package org.gioreport.results.series;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (n == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        results.add(ReportJson.fromLine(line));
                    } catch (IOException | RuntimeException e) {
                        warnings.accept(file + " line " + n + " is not a result (JSON Lines of normalize); left out");
                    }
                }
            }
        }
        return results;
    }
}
