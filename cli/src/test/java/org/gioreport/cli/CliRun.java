package org.gioreport.cli;

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
import java.util.function.Consumer;
import org.gioreport.cli.commands.NormalizeCommand;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import picocli.CommandLine;

/**
 * The one harness of the CLI tests: runs gioreport in-process (picocli's testing style) and captures its exit
 * code, standard output and standard error; reads result files back; finds the corpus and the example plugin.
 */
public record CliRun(int exitCode, String out, String err) {

    /** The example plugin's jar as the build copied it, NOT on this module's class path. */
    public static final Path EXAMPLE_PLUGIN_FOLDER = Path.of("target", "test-plugins").toAbsolutePath();
    /** The example plugin's sample inputs and expected values, beside the plugin that owns them. */
    public static final Path SAMPLES = Path.of("..", "plugins", "markdown-table", "src", "test", "resources",
            "markdown-table").toAbsolutePath().normalize();

    /** Runs gioreport with these arguments (each turned into a string). */
    public static CliRun of(Object... args) {
        return configured(cl -> { }, args);
    }

    /** Runs gioreport as if standard error were a terminal, so {@code normalize} draws its progress bar. */
    public static CliRun onTerminal(Object... args) {
        return configured(cl -> {
            NormalizeCommand normalize = cl.getSubcommands().get("normalize").getCommand();
            normalize.stderrIsTerminal(() -> true);
        }, args);
    }

    private static CliRun configured(Consumer<CommandLine> setUp, Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = GioreportCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        setUp.accept(cl);
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        int code = cl.execute(strings);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs {@code normalize} into a results file and returns the results; a usage error fails the test. */
    public static List<NormalizationResult> normalize(Path results, String... args) {
        List<Object> all = new ArrayList<>(List.of("normalize", "-o", results.toString()));
        all.addAll(List.of(args));
        CliRun run = of(all.toArray());
        if (run.exitCode() == 2) {
            throw new AssertionError("usage error: " + run.err());
        }
        return results(results);
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

    /** The lines of standard error that are warnings. */
    public List<String> warnings() {
        return err.lines().filter(l -> l.startsWith("gioreport: warning: ")).toList();
    }

    private static List<NormalizationResult> parse(List<String> lines) {
        List<NormalizationResult> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
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
