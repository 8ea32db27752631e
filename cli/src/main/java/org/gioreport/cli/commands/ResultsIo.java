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

    /** Writes {@code text} to {@code output}, or to standard output when it is null. */
    static void write(Path output, String text, PrintWriter out) throws IOException {
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(output, text, StandardCharsets.UTF_8);
    }
}
