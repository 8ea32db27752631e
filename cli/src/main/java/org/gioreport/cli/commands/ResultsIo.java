package org.gioreport.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gioreport.cli.UsageError;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.results.series.ResultsFile;

/** What the commands over results ({@code series}, {@code review}) share: reading the results, writing a file. */
final class ResultsIo {

    private ResultsIo() {
    }

    /** The results of {@code files} (each checked first: a missing file or a folder is a usage error). */
    static List<NormalizationResult> read(List<Path> files, PrintWriter err) throws IOException {
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                throw new UsageError(f + " is a folder; give the results files (JSON Lines of 'gioreport normalize')");
            }
            if (!Files.isReadable(f)) {
                throw new UsageError("cannot read " + f);
            }
        }
        return ResultsFile.read(files, w -> err.println("gioreport: warning: " + w));
    }

    /**
     * Refuses an output file ({@code -o}) whose folder does not exist: a mistyped folder would otherwise be made
     * silently, and the results looked for elsewhere. A folder that exists but is a file, or cannot be written,
     * is not a usage error: writing fails and says why (exit code 3).
     *
     * @throws UsageError "no such folder: …" when the folder is missing
     */
    static void requireFolderOf(Path output) {
        if (output == null) {
            return;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            throw new UsageError("no such folder: " + (output.getParent() == null ? parent : output.getParent())
                    + " (the folder of -o " + output + "; create it first)");
        }
    }

    /** Writes {@code text} to {@code output} (its folder exists: {@link #requireFolderOf}), or to standard output. */
    static void write(Path output, String text, PrintWriter out) throws IOException {
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        Files.writeString(output, text, StandardCharsets.UTF_8);
    }
}
