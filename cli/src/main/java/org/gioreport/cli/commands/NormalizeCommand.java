package org.gioreport.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.gioreport.cli.InputFiles;
import org.gioreport.cli.InputProcessor;
import org.gioreport.cli.PluginOptions;
import org.gioreport.cli.UsageError;
import org.gioreport.cli.batch.BatchRun;
import org.gioreport.cli.batch.BatchSummary;
import org.gioreport.cli.batch.CsvFormat;
import org.gioreport.cli.batch.JsonLinesFormat;
import org.gioreport.cli.batch.Outcome;
import org.gioreport.cli.batch.Progress;
import org.gioreport.cli.batch.RecordFormat;
import org.gioreport.cli.batch.ResultOutput;
import org.gioreport.cli.batch.ResumeLedger;
import org.gioreport.cli.read.DocumentReader;
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
            "Reads reports (PDF, DOC, DOCX, HTML, or text in UTF-8 or GB18030/GBK) and",
            "writes one result per input file: JSON Lines (or CSV) on standard output",
            "unless -o is given. Folders are read recursively, in sorted order. Every",
            "input gets exactly one result, with status complete, partial, unrecognized",
            "or failed and diagnostics that say what is missing or wrong; a broken file",
            "costs only its own result.",
            "",
            "Inputs are read in parallel (--threads) and written as they finish, in",
            "input order. On a terminal a progress bar shows on stderr; at the end a",
            "summary (statuses, plugins, editions, diagnostics, slowest files) follows.",
            "An interrupted run (Ctrl-C, kill -9) goes on where it stopped with --resume.",
            "",
            "Examples:",
            "  gioreport normalize examples/",
            "  gioreport normalize --provenance -o results.jsonl reports/2020/ extra.pdf",
            "  gioreport normalize --format pdf-text report.txt",
            "  gioreport normalize --threads 8 --timeout 30 -o results.jsonl crawl/",
            "  gioreport normalize -o results.jsonl --resume crawl/   # after a stop",
            "  gioreport normalize --output-format csv --labels zh -o results.csv crawl/",
            "  gioreport normalize --quiet --unordered crawl/ > results.jsonl",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input gave a complete or partial report",
            "1:some inputs were unrecognized or failed (or the output could not be written)",
            "2:usage error (bad option, unknown format, a path that does not exist)"})
public final class NormalizeCommand implements Callable<Integer> {

    /** Output formats of {@code --output-format}. */
    enum OutputFormat { jsonl, csv }

    /** Column headings of {@code --labels}. */
    enum Labels { paths, zh }

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files or folders (read recursively).")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "ID",
            description = "Use this format plugin for every input instead of choosing by score (see 'gioreport plugins').")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the results to FILE instead of standard output.")
    Path output;

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default): one JSON result a line. csv: one row an input, one column a field path"
                    + " (both editions), UTF-8 with a byte order mark for Excel.")
    OutputFormat outputFormat;

    @Option(names = "--labels", paramLabel = "LABELS", defaultValue = "paths",
            description = "CSV column headings: paths (default; dotted field paths) or zh (Chinese labels of the template).")
    Labels labels;

    @Option(names = "--resume",
            description = "Go on with an interrupted run: keep the results already in the -o FILE, skip their inputs"
                    + " (same path and same content; SHA-256), repair a last line cut off, and append the rest.")
    boolean resume;

    @Option(names = "--provenance",
            description = "Add, for each value read, the line of extracted text (or table cell) it came from.")
    boolean provenance;

    @Option(names = "--threads", paramLabel = "N",
            description = "Read N inputs at a time (default: the number of processors, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--unordered",
            description = "Write each result as soon as it is ready, not in input order (a slow file holds nothing up).")
    boolean unordered;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on one input after this many seconds of reading or normalizing (default: ${DEFAULT-VALUE}; 0 = no limit).")
    long timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "100",
            description = "Skip input files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on stderr.")
    boolean quiet;

    @Option(names = "--debug", description = "Show library logs and stack traces of internal errors.")
    boolean debug;

    @Mixin
    PluginOptions plugins;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether standard error is a terminal, where the progress bar is drawn; tests replace it to see the bar. */
    private BooleanSupplier stderrIsTerminal = Progress::stderrIsTerminal;

    /** Results not yet written wait in a window of this many per thread (the bound on memory for ordering). */
    static final int WINDOW_PER_THREAD = 64;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        FormatRegistry registry = plugins.registry(w -> err.println("gioreport: warning: " + w));
        if (format != null && registry.byId(format).isEmpty()) {
            throw new UsageError("unknown format '" + format + "'; known formats: "
                    + String.join(", ", registry.plugins().stream().map(p -> p.id()).toList()));
        }
        List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
        for (Path p : missing) {
            err.println("gioreport: no such file or folder: " + p);
        }
        RecordFormat records = outputFormat == OutputFormat.csv ? new CsvFormat(labels == Labels.zh)
                : new JsonLinesFormat();
        ResumeLedger ledger = resume ? ResumeLedger.open(output, records, w -> err.println("gioreport: " + w))
                : ResumeLedger.none();
        if (resume && !quiet && ledger.size() > 0) {
            err.println("gioreport: resuming: " + ledger.size() + " inputs already in " + output);
        }
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        BatchSummary summary = new BatchSummary();
        boolean[] allRead = {true};
        long start = System.nanoTime();
        try (SafeInvoker invoker = new SafeInvoker(timeout);
             InputProcessor processor = new InputProcessor(new DocumentReader(maxSizeMb * 1024 * 1024),
                     new Normalizer(registry, invoker), format, provenance, timeout);
             Progress progress = !quiet && stderrIsTerminal.getAsBoolean()
                     ? Progress.bar(InputFiles.count(paths, output), err) : Progress.none();
             Writer out = ResultOutput.open(output, resume, spec.commandLine().getOut(), records, ledger)) {
            BatchRun run = new BatchRun(processor, records, ledger, threads, WINDOW_PER_THREAD * threads,
                    !unordered, this::debugTrace);
            run.run(InputFiles.walk(paths, output), out, (Outcome o) -> {
                summary.add(o);
                progress.step();
                allRead[0] &= o.read();
            });
        } catch (IOException e) {
            err.println("gioreport: writing the results failed: " + e.getMessage()
                    + (output == null ? "" : "; run again with --resume to go on"));
            return 1;
        }
        if (!quiet) {
            summary.print(err, Duration.ofNanos(System.nanoTime() - start), threads);
        }
        if (!missing.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        return allRead[0] ? 0 : 1;
    }

    /** Replaces the test for a terminal on standard error (the bar is drawn on the command's error writer). */
    public void stderrIsTerminal(BooleanSupplier test) {
        this.stderrIsTerminal = test;
    }

    private void checkOptions() {
        if (threads < 1) {
            throw new UsageError("--threads must be at least 1");
        }
        if (timeoutSeconds < 0) {
            throw new UsageError("--timeout must be 0 (no limit) or more seconds");
        }
        if (maxSizeMb < 1) {
            throw new UsageError("--max-size must be at least 1 (megabyte)");
        }
        if (resume && output == null) {
            throw new UsageError("--resume needs the output file of the interrupted run (-o FILE)");
        }
        if (labels == Labels.zh && outputFormat != OutputFormat.csv) {
            throw new UsageError("--labels zh names CSV columns; use it with --output-format csv");
        }
    }

    private synchronized void debugTrace(Throwable e) {
        if (debug) {
            e.printStackTrace(spec.commandLine().getErr());
            spec.commandLine().getErr().flush();
        }
    }
}
