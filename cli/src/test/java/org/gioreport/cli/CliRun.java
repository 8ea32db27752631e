package org.gioreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints (picocli's testing style). */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        CommandLine cl = GioreportCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs {@code normalize} into a results file and returns the results, one per line. */
    static List<NormalizationResult> normalize(Path results, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("normalize", "-o", results.toString()));
        all.addAll(List.of(args));
        CliRun run = of(all.toArray(String[]::new));
        if (run.exitCode() == 2) {
            throw new AssertionError("usage error: " + run.err());
        }
        List<NormalizationResult> out = new ArrayList<>();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(ReportJson.fromLine(line));
            }
        }
        return out;
    }
}
