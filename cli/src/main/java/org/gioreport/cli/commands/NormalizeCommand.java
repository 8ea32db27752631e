package org.gioreport.cli.commands;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gioreport.cli.InputFiles;
import org.gioreport.cli.InputProcessor;
import org.gioreport.cli.PluginOptions;
import org.gioreport.cli.UsageError;
import org.gioreport.cli.read.DocumentReader;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.core.registry.FormatRegistry;
import org.gioreport.core.registry.Normalizer;
import org.gioreport.core.registry.SafeInvoker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "normalize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Reads reports (PDF, DOC, DOCX, HTML, or text in UTF-8 or GB18030/GBK) and writes one JSON result",
            "per input file: JSON Lines on standard output unless -o is given. Folders are read recursively,",
            "in sorted order. Every input gets exactly one result, with status complete, partial, unrecognized",
            "or failed and diagnostics that say what is missing or wrong.",
            "",
            "Examples:",
            "  gioreport normalize examples/",
            "  gioreport normalize --provenance -o results.jsonl reports/2020/ extra.pdf",
            "  gioreport normalize --format pdf-text report.txt"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input gave a complete or partial report",
            "1:some inputs were unrecognized or failed",
            "2:usage error (bad option, unknown format, a path that does not exist)"})
public final class NormalizeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files or folders (read recursively).")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "ID",
            description = "Use this format plugin for every input instead of choosing by score (see 'gioreport plugins').")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the results to FILE instead of standard output.")
    Path output;

    @Option(names = "--provenance",
            description = "Add, for each value read, the line of extracted text (or table cell) it came from.")
    boolean provenance;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on one input after this many seconds of reading or normalizing (default: ${DEFAULT-VALUE}; 0 = no limit).")
    long timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "100",
            description = "Skip input files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = "--debug", description = "Show library logs and stack traces of internal errors.")
    boolean debug;

    @Mixin
    PluginOptions plugins;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        FormatRegistry registry = plugins.registry(w -> err.println("gioreport: warning: " + w));
        if (format != null && registry.byId(format).isEmpty()) {
            throw new UsageError("unknown format '" + format + "'; known formats: "
                    + String.join(", ", registry.plugins().stream().map(p -> p.id()).toList()));
        }
        List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
        for (Path p : missing) {
            err.println("gioreport: no such file or folder: " + p);
        }
        List<Path> inputs = InputFiles.expand(paths);
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        boolean allRead = true;
        try (SafeInvoker invoker = new SafeInvoker(timeout);
             InputProcessor processor = new InputProcessor(new DocumentReader(maxSizeMb * 1024 * 1024),
                     new Normalizer(registry, invoker), format, provenance, timeout);
             Writer out = openOutput()) {
            for (Path input : inputs) {
                NormalizationResult result = processor.process(input);
                out.write(ReportJson.toLine(result));
                out.write('\n');
                out.flush();
                allRead &= result.status() == Status.COMPLETE || result.status() == Status.PARTIAL;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!missing.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        return allRead ? 0 : 1;
    }

    private Writer openOutput() throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // standard output stays open for whoever called us
                }
            };
        }
        try {
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageError("cannot write the output file " + output + ": " + e.getMessage());
        }
    }

    static List<String> ids(FormatRegistry registry) {
        List<String> ids = new ArrayList<>();
        registry.plugins().forEach(p -> ids.add(p.id()));
        return ids;
    }
}
