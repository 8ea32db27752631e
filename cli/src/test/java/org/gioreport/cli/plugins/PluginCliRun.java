package org.gioreport.cli.plugins;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.type.TypeReference;
import org.gioreport.cli.GioreportCommand;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.NormalizationResult;
import picocli.CommandLine;

/** One in-process gioreport run (picocli's testing style): exit code, standard output and standard error. */
record PluginCliRun(int exitCode, String out, String err) {

    /** The example plugin's jar as the build copied it, NOT on this module's class path. */
    static final Path EXAMPLE_PLUGIN_FOLDER = Path.of("target", "test-plugins").toAbsolutePath();
    /** The example plugin's sample inputs and expected values, beside the plugin that owns them. */
    static final Path SAMPLES = Path.of("..", "plugins", "markdown-table", "src", "test", "resources",
            "markdown-table").toAbsolutePath().normalize();

    static PluginCliRun of(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = GioreportCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        int code = cl.execute(strings);
        return new PluginCliRun(code, out.toString(), err.toString());
    }

    /** The lines of standard error that are warnings. */
    List<String> warnings() {
        return err.lines().filter(l -> l.startsWith("gioreport: warning: ")).toList();
    }

    static List<NormalizationResult> results(Path jsonl) throws IOException {
        List<NormalizationResult> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(ReportJson.fromLine(line));
            }
        }
        return out;
    }

    /** Paths whose value in the result differs from the sample's {@code .expected.json}; empty when all match. */
    static List<String> mismatches(NormalizationResult result, Path expectedJson) throws IOException {
        Map<String, Object> expected = ReportJson.mapper().readValue(Files.readString(expectedJson),
                new TypeReference<LinkedHashMap<String, Object>>() { });
        Map<String, Object> actual = ReportPaths.flatten(result.report());
        List<String> out = new ArrayList<>();
        expected.forEach((path, want) -> {
            Object got = actual.get(path);
            boolean same = want instanceof Number w && got instanceof Number g
                    ? new BigDecimal(w.toString()).compareTo(new BigDecimal(g.toString())) == 0
                    : want == null ? got == null : want.equals(got);
            if (!same) {
                out.add(path + ": expected " + want + ", got " + got);
            }
        });
        return out;
    }
}
