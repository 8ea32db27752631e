package org.gioreport.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.gioreport.cli.DebugOption;
import org.gioreport.cli.ExitCodes;
import org.gioreport.cli.PluginOptions;
import org.gioreport.cli.UsageError;
import org.gioreport.cli.batch.BatchSummary;
import org.gioreport.cli.batch.Progress;
import org.gioreport.cli.batch.StopOnSignal;
import org.gioreport.engine.Gioreport;
import org.gioreport.engine.Isolation;
import org.gioreport.engine.OcrMode;
import org.gioreport.engine.internal.TimeLimit;
import org.gioreport.engine.batch.FileBatch;
import org.gioreport.engine.batch.JsonLinesFormat;
import org.gioreport.engine.batch.Outcome;
import org.gioreport.engine.batch.RecordFormat;
import org.gioreport.engine.internal.batch.BatchRun;
import org.gioreport.engine.internal.batch.ControlCharacters;
import org.gioreport.engine.internal.batch.InputFiles;
import org.gioreport.engine.internal.batch.ResultOutput;
import org.gioreport.results.csv.CsvFormat;
import org.gioreport.results.csv.LongFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "normalize", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Reads report files and folders and writes one result per input.",
        description = {
            "Reads reports (PDF, DOC, DOCX, HTML, or text in UTF-8 or GB18030/GBK) and"
                + " writes one result per input file: JSON Lines (or CSV) on standard output"
                + " unless -o is given. Folders are read recursively, in sorted order. Every"
                + " input gets exactly one result, with status complete, partial, unrecognized"
                + " or failed and diagnostics that say what is missing or wrong; a broken file"
                + " costs only its own result.",
            "",
            "Inputs are read in parallel (--threads) and written as they finish, in"
                + " input order. On a terminal a progress bar shows on stderr; at the end a"
                + " summary (statuses, plugins, editions, diagnostics, slowest files) follows."
                + " An interrupted run (Ctrl-C, kill -9) goes on where it stopped with --resume."
                + " Ctrl-C or SIGTERM stop it after a whole record (exit code 130 or 143)."
                + " Only one run at a time writes a given -o FILE (a lock file FILE.lock).",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input gave a complete or partial report",
            "1:some inputs were unrecognized or failed (each has its record)",
            "2:usage error (bad option, unknown layout plugin, a path that does not exist; such a path still gets its"
                + " failed record)",
            "3:the results could not be written (output file not created, a write failed); with -o, go on"
                + " with --resume",
            "4:internal error: gioreport itself failed on some input (its record has INTERNAL_ERROR) or"
                + " stopped (a bug; run with --debug and report it)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gioreport normalize examples/",
            "  gioreport normalize --provenance -o results.jsonl reports/2020/ extra.pdf",
            "  gioreport normalize --plugin pdf-text report.txt",
            "  gioreport normalize --threads 8 --timeout 30 -o results.jsonl crawl/",
            "  gioreport normalize -o results.jsonl --resume crawl/   # after a stop",
            "  gioreport normalize --output-format csv --labels zh -o results.csv crawl/",
            "  gioreport normalize --output-format long --no-bom -o values.csv crawl/",
            "  gioreport normalize --quiet --unordered crawl/ > results.jsonl"})
public final class NormalizeCommand implements Callable<Integer> {

    /** Output formats of {@code --output-format}, written in lower case ({@code long} is a Java keyword). */
    enum OutputFormat {
        JSONL, CSV, LONG;

        /** Reads the lower-case name of a format. */
        static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
            @Override
            public OutputFormat convert(String value) {
                for (OutputFormat f : values()) {
                    if (f.name().toLowerCase(Locale.ROOT).equals(value)) {
                        return f;
                    }
                }
                throw new CommandLine.TypeConversionException("expected one of jsonl, csv, long but was '" + value + "'");
            }
        }
    }

    /** Column headings of {@code --labels}. */
    enum Labels { paths, zh }

    /** Values of {@code --isolation}. */
    enum IsolationMode { process, thread }

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files or folders (read recursively).")
    List<Path> paths;

    @Option(names = "--plugin", paramLabel = "ID",
            description = "Use this layout plugin for every input instead of choosing by score (see 'gioreport plugins').")
    String plugin;

    /** The old name of {@code --plugin} (it chose a plugin, not a file format); hidden, kept for one release. */
    @Option(names = "--format", paramLabel = "ID", hidden = true)
    String deprecatedFormat;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the results to FILE instead of standard output.")
    Path output;

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "jsonl",
            converter = OutputFormat.Converter.class,
            description = "jsonl (default): one JSON result a line. csv: one row an input, one column a field path"
                    + " (both editions). long: one row per number a table states (report, table, row, column,"
                    + " value, unit, value in yuan, derived, the source line; --provenance is implied), for pandas,"
                    + " R, DuckDB. CSV and long are UTF-8 with a byte order mark for Excel unless --no-bom.")
    OutputFormat outputFormat;

    @Option(names = "--bom", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "CSV and long output: start with a UTF-8 byte order mark, so that Excel reads the Chinese"
                    + " right (default: on, to a file or standard output alike; --no-bom for tools that do not"
                    + " expect one).")
    boolean bom;

    @Option(names = "--labels", paramLabel = "LABELS", defaultValue = "paths",
            description = "CSV column headings: paths (default; dotted field paths) or zh (Chinese labels of the template).")
    Labels labels;

    @Option(names = "--resume",
            description = "Go on with an interrupted run: keep the results already in the -o FILE, skip their inputs"
                    + " (same path and same content; SHA-256), repair a last line cut off, and append the rest."
                    + " An input whose content changed is read again and its new record replaces the old one:"
                    + " the output ends with one record per input path.")
    boolean resume;

    @Option(names = "--retry-failed",
            description = "With --resume: read again the inputs recorded as failed (a timeout, out of memory...);"
                    + " each new record replaces the failed one.")
    boolean retryFailed;

    @Option(names = "--provenance",
            description = "Add, for each value read, the line of extracted text (or table cell) it came from.")
    boolean provenance;

    @Option(names = "--threads", paramLabel = "N",
            description = "Read N inputs at a time, 1 to " + MAX_THREADS
                    + " (default: the number of processors, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--unordered",
            description = "Write each result as soon as it is ready, not in input order (a slow file holds nothing up).")
    boolean unordered;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on one input when reading it, or one plugin call on it, takes longer than this many"
                    + " seconds, at most " + MAX_TIMEOUT_SECONDS + " (0 = no limit). Default: "
                    + DEFAULT_TIMEOUT_SECONDS + ", and " + OCR_PAGE_SECONDS + " more for each page read by OCR (a"
                    + " 6-page scan: " + (DEFAULT_TIMEOUT_SECONDS + 6 * OCR_PAGE_SECONDS) + "); when set, it is the"
                    + " whole limit of each input, OCR included. The limit covers the document's own work:"
                    + " the one-time start-up of each document type (loading parsers and plugins) is done before.")
    Long timeoutSeconds;

    @Option(names = "--ocr", paramLabel = "MODE", defaultValue = "auto",
            description = "Read scanned PDF pages by OCR: auto = only pages without a usable text layer (a mixed PDF page"
                    + " by page), never, always (default: ${DEFAULT-VALUE}). OCR takes seconds a page; the progress line"
                    + " shows it, --timeout covers it (by default it grows with the pages read by OCR).")
    String ocr;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "100",
            description = "Skip input files larger than this many megabytes, at most " + MAX_SIZE_MB
                    + " (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = "--isolation", paramLabel = "MODE",
            description = "process: read each input in a pool of worker JVMs (one per thread) that a crashing, leaking"
                    + " or hanging plugin or document cannot take down; its input gets one failed record. thread: in"
                    + " this JVM (starts faster). Default: $" + ISOLATION_VARIABLE + " if set, else process when plugin"
                    + " jars are dropped in or more than " + HANDFUL + " inputs are given, else thread.")
    IsolationMode isolation;

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = "512m",
            description = "The heap limit of each worker process with --isolation process, as for java -Xmx"
                    + " (default: ${DEFAULT-VALUE}).")
    String workerHeap;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on stderr.")
    boolean quiet;

    @Mixin
    PluginOptions plugins;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The progress bar of the run, once it is drawn: OCR tells it of each page read. */
    private volatile Progress progress = Progress.none();

    /** Whether standard error is a terminal, where the progress bar is drawn; tests replace it to see the bar. */
    private BooleanSupplier stderrIsTerminal = Progress::stderrIsTerminal;

    /** The most threads: beyond, the reads only wait for each other and the window's memory grows. */
    static final int MAX_THREADS = 256;
    /** The time limit of one input without --timeout, before its pages read by OCR. */
    static final long DEFAULT_TIMEOUT_SECONDS = 60;
    /** Without --timeout, the time added to an input's limit for each of its pages read by OCR. */
    static final long OCR_PAGE_SECONDS = TimeLimit.DEFAULT_SECONDS_PER_OCR_PAGE;

    /** The longest --timeout: one day (a larger number would overflow a limit in milliseconds). */
    static final long MAX_TIMEOUT_SECONDS = 86_400;
    /** The largest --max-size: a file is read into memory whole, and a Java array holds less than 2 GiB. */
    static final long MAX_SIZE_MB = 2000;

    /** More inputs than this are read in worker processes unless --isolation says otherwise. */
    static final int HANDFUL = 8;

    /** An environment variable that sets the default of --isolation (process or thread). */
    public static final String ISOLATION_VARIABLE = "GIOREPORT_ISOLATION";

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        String forced = forcedPlugin(err);
        try (Gioreport engine = engine(forced, err)) {
            List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
            for (Path p : missing) {
                err.println("gioreport: no such file or folder: " + ControlCharacters.escape(p.toString()));
            }
            RecordFormat records = switch (outputFormat) {
                case CSV -> new CsvFormat(labels == Labels.zh, bom);
                case LONG -> new LongFormat(bom);
                case JSONL -> new JsonLinesFormat();
            };
            BatchSummary summary = new BatchSummary();
            long start = System.nanoTime();
            FileBatch.Report report;
            try {
                report = runBatch(engine, records, summary);
            } catch (BatchRun.Stopped e) {
                return ExitCodes.OUTPUT_FAILED; // the JVM is exiting on a signal (130/143); the hook reports
            } catch (ResultOutput.NotCreated e) {
                err.println("gioreport: " + e.getMessage());
                return ExitCodes.OUTPUT_FAILED;
            } catch (IOException e) {
                err.println("gioreport: writing the results failed: " + e.getMessage()
                        + (output == null ? "" : "; run again with --resume to go on"));
                return ExitCodes.OUTPUT_FAILED;
            }
            if (report.replaced() > 0 && !quiet) {
                err.println("gioreport: " + report.replaced() + " older records of inputs read again replaced by"
                        + " the new ones");
            }
            if (!quiet) {
                summary.print(err, Duration.ofNanos(System.nanoTime() - start), threads);
            }
            if (report.internalErrors() > 0) {
                err.println("gioreport: internal error on " + report.internalErrors() + " inputs (their records say"
                        + " INTERNAL_ERROR; run with --debug for the stack traces and please report it)");
                return ExitCodes.INTERNAL_ERROR;
            }
            if (!missing.isEmpty()) {
                return ExitCodes.USAGE;
            }
            return report.allRead() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_NOT_READ;
        }
    }

    /** The engine for this run: plugins discovered once, the limits and choices of the options. */
    private Gioreport engine(String forced, PrintWriter err) {
        try {
            TimeLimit limit = timeLimit(timeoutSeconds);
            return plugins.engineBuilder(err).timeout(limit.perDocument()).ocrPageTime(limit.perOcrPage())
                    .ocr(ocrMode(), Runtime.getRuntime().availableProcessors(),
                            (name, done, total) -> progress.ocr(name, done, total))
                    .maxBytes(maxSizeMb * 1024 * 1024).plugin(forced)
                    .provenance(provenance || outputFormat == OutputFormat.LONG)
                    .isolation(isolation()).workers(threads).workerHeap(workerHeap).build();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /**
     * An input's time limit: without {@code --timeout} ({@code null}), the default and an allowance for each page
     * read by OCR (an ordinary scan of a few pages takes longer than a text document on a small machine); with it,
     * exactly what the user set, OCR included.
     */
    static TimeLimit timeLimit(Long timeoutSeconds) {
        return timeoutSeconds == null
                ? new TimeLimit(Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), Duration.ofSeconds(OCR_PAGE_SECONDS))
                : new TimeLimit(Duration.ofSeconds(timeoutSeconds), Duration.ZERO);
    }

    /** The --isolation asked for, or the default: worker processes for drop-in plugins and for many inputs. */
    private Isolation isolation() {
        if (isolation != null) {
            return isolation == IsolationMode.process ? Isolation.PROCESS : Isolation.THREAD;
        }
        return defaultIsolation(System.getenv(ISOLATION_VARIABLE), plugins::hasJars,
                () -> InputFiles.moreThan(paths, output, HANDFUL));
    }

    /**
     * The default of --isolation: the environment variable's value when it names a mode, else process for
     * drop-in plugins (code nobody here reviewed) or more than a handful of inputs (a crawl), else thread.
     */
    static Isolation defaultIsolation(String variable, BooleanSupplier dropInJars, BooleanSupplier manyInputs) {
        if ("process".equals(variable)) {
            return Isolation.PROCESS;
        }
        if ("thread".equals(variable)) {
            return Isolation.THREAD;
        }
        return dropInJars.getAsBoolean() || manyInputs.getAsBoolean() ? Isolation.PROCESS : Isolation.THREAD;
    }

    /** The batch of the engine's library API, with this command's progress bar, messages and signal handling. */
    private FileBatch.Report runBatch(Gioreport engine, RecordFormat records, BatchSummary summary)
            throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        FileBatch batch = FileBatch.of(engine, paths).output(output).standardOutput(spec.commandLine().getOut())
                .format(records).resume(resume).retryFailed(retryFailed).threads(threads)
                .ordered(!unordered)
                .listener(new FileBatch.Listener() {
                    @Override
                    public void warning(String message) {
                        err.println("gioreport: " + message);
                    }

                    @Override
                    public void reading(int recorded, int readAgain) {
                        if (recorded > 0 && !quiet) {
                            err.println("gioreport: resuming: " + recorded + " inputs already in " + output);
                        }
                        if (readAgain > 0 && !quiet) {
                            err.println("gioreport: reading again " + readAgain + " inputs recorded as failed");
                        }
                        if (!quiet && stderrIsTerminal.getAsBoolean()) {
                            progress = Progress.bar(InputFiles.count(paths, output), err);
                        }
                    }

                    @Override
                    public void written(Outcome o) {
                        summary.add(o);
                        progress.step();
                    }

                    @Override
                    public void internalError(Throwable e) {
                        debugTrace(e);
                    }
                }).build();
        try (StopOnSignal signals = new StopOnSignal(batch, () -> stopped(batch.written()))) {
            return batch.run();
        } finally {
            progress.close();
            progress = Progress.none();
        }
    }

    /** Said on a signal, once the run has stopped: where the records are, and how to go on. */
    private void stopped(long written) {
        PrintWriter err = spec.commandLine().getErr();
        err.println();
        err.println("gioreport: stopped by a signal; " + written + " records written"
                + (output == null ? " on standard output, each complete (to go on later, write to a file with -o"
                + " and use --resume)" : " to " + output + " in this run, each complete. Go on with the same"
                + " command and --resume: gioreport normalize -o " + output + " --resume " + joined(paths)));
        err.flush();
    }

    private static String joined(List<Path> paths) {
        return String.join(" ", paths.stream().map(Path::toString).toList());
    }

    /** The plugin id of {@code --plugin} (or of the deprecated {@code --format}, with a warning), or null. */
    private String forcedPlugin(PrintWriter err) {
        if (deprecatedFormat == null) {
            return plugin;
        }
        if (plugin != null && !plugin.equals(deprecatedFormat)) {
            throw new UsageError("--format is the old name of --plugin; give only --plugin");
        }
        err.println("gioreport: warning: --format is deprecated, use --plugin (--format will be removed in the next release)");
        return deprecatedFormat;
    }

    /** Replaces the test for a terminal on standard error (the bar is drawn on the command's error writer). */
    public void stderrIsTerminal(BooleanSupplier test) {
        this.stderrIsTerminal = test;
    }

    private OcrMode ocrMode() {
        try {
            return OcrMode.parse(ocr);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--ocr must be auto, never or always: " + ocr);
        }
    }

    private void checkOptions() {
        ocrMode();
        if (threads < 1 || threads > MAX_THREADS) {
            throw new UsageError("--threads must be between 1 and " + MAX_THREADS + ": " + threads);
        }
        if (timeoutSeconds != null && (timeoutSeconds < 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS)) {
            throw new UsageError("--timeout must be between 0 (no limit) and " + MAX_TIMEOUT_SECONDS
                    + " seconds (one day): " + timeoutSeconds);
        }
        if (maxSizeMb < 1 || maxSizeMb > MAX_SIZE_MB) {
            throw new UsageError("--max-size must be between 1 and " + MAX_SIZE_MB + " (megabytes; a file is read"
                    + " into memory whole): " + maxSizeMb);
        }
        if (retryFailed && !resume) {
            throw new UsageError("--retry-failed reads again the failed records of an earlier run: use it with"
                    + " --resume and that run's -o FILE");
        }
        if (resume && output == null) {
            throw new UsageError("--resume needs the output file of the interrupted run (-o FILE)");
        }
        if (resume && outputFormat == OutputFormat.LONG) {
            throw new UsageError("--resume reads back one record per input, which the long format does not have (an"
                    + " input spans several rows); resume with jsonl and convert, or run again");
        }
        if (labels == Labels.zh && outputFormat != OutputFormat.CSV) {
            throw new UsageError("--labels zh names CSV columns; use it with --output-format csv");
        }
        ResultsIo.requireFolderOf(output);
    }

    private synchronized void debugTrace(Throwable e) {
        if (DebugOption.requested(spec)) {
            e.printStackTrace(spec.commandLine().getErr());
            spec.commandLine().getErr().flush();
        }
    }
}
