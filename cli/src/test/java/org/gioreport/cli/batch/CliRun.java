package org.gioreport.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.cli.GioreportCommand;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import picocli.CommandLine;

/** Runs gioreport in-process, the picocli way: standard output and error captured. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = GioreportCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        int code = cl.execute(strings);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The results of a JSON Lines file, in order. */
    public static List<NormalizationResult> results(Path jsonl) {
        try {
            return parse(Files.readAllLines(jsonl, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The results written on standard output. */
    public List<NormalizationResult> results() {
        return parse(out.lines().toList());
    }

    private static List<NormalizationResult> parse(List<String> lines) {
        List<NormalizationResult> out = new ArrayList<>();
        for (String line : lines) {
            try {
                out.add(ReportJson.fromLine(line));
            } catch (JsonProcessingException e) {
                throw new AssertionError("not a result line: " + line, e);
            }
        }
        return out;
    }

    /** The generated corpus of the format modules (read-only). */
    public static Path corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path corpus = dir.resolve("formats/corpus/files");
            if (Files.isDirectory(corpus)) {
                return corpus;
            }
        }
        throw new IllegalStateException("formats/corpus/files not found above " + Path.of("").toAbsolutePath());
    }

    /** Copies corpus files (relative paths) into {@code dir}, keeping their names; returns the copies. */
    public static List<Path> copyCorpus(Path dir, String... files) throws IOException {
        List<Path> copies = new ArrayList<>();
        for (String f : files) {
            Path copy = dir.resolve(Path.of(f).getFileName().toString());
            Files.copy(corpus().resolve(f), copy);
            copies.add(copy);
        }
        return copies;
    }
}
