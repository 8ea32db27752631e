package org.gioreport.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gioreport.cli.ExitCodes;
import org.gioreport.cli.UsageError;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.engine.internal.batch.IoReason;
import org.gioreport.results.series.NameMapping;
import org.gioreport.results.series.Series;
import org.gioreport.results.series.SeriesBuilder;
import org.gioreport.results.series.SeriesCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "series", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Groups results of the same body across report years and checks them year on year.",
        description = {
            "Reads results of 'gioreport normalize' and groups the reports of one body across"
                + " report years. Names are compared with spaces removed and full-width letters and digits"
                + " made half-width; a name with a higher-level place before it (安丘市柘山镇人民政府) joins"
                + " the shorter name (柘山镇人民政府) only when no other body's name comes down to it too:"
                + " otherwise nothing is merged and SERIES_NAME_AMBIGUOUS says so. --names maps renamed bodies.",
            "",
            "Cross-year checks are diagnostics, never corrections: CROSSYEAR_CARRY (结转下年度继续办理"
                + " of year N against 上年结转 of N+1, per applicant column), CROSSYEAR_IN_FORCE (2021 edition:"
                + " 现行有效件数 of N-1 + 本年制发 - 本年废止 against 现行有效件数 of N; a warning, bodies restate),"
                + " CROSSYEAR_EDITION (an edition change inside 2019-2020 or from 2021 on),"
                + " CROSSYEAR_YEAR_MISSING, CROSSYEAR_DUPLICATE (a second report for a body and year).",
            "",
            "Writes one JSON line per series (body, names, years, reports, values and changes by year,"
                + " diagnostics with the years involved), or CSV with one row per body and field.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the series were written", "2:usage error (bad option, a file that cannot be read)",
            "3:the output could not be written",
            "4:internal error: gioreport itself failed (a bug; run with --debug and report it)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gioreport series results-2019.jsonl results-2020.jsonl results-2021.jsonl",
            "  gioreport series --names renamed.csv results-*.jsonl",
            "  gioreport series --output-format csv -o series.csv results.jsonl"})
public final class SeriesCommand implements Callable<Integer> {

    /** Output formats of {@code --output-format}. */
    enum Format { jsonl, csv }

    @Parameters(paramLabel = "RESULTS.jsonl", arity = "1..*", description = "Results written by 'gioreport normalize'.")
    List<Path> files;

    @Option(names = "--names", paramLabel = "FILE",
            description = "A CSV of name,body rows: reports written with name belong to body's series (renamed"
                    + " bodies; a short name that could be several bodies).")
    Path names;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default): one JSON line per series. csv: one row per body and field, a column"
                    + " per year.")
    Format format;

    @Option(names = "--bom", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "CSV: start with a UTF-8 byte order mark for Excel (default: on; --no-bom leaves it out).")
    boolean bom;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ResultsIo.requireFolderOf(output);
        Map<String, String> mapping;
        try {
            mapping = names == null ? Map.of() : NameMapping.read(names);
        } catch (IOException e) {
            throw new UsageError("cannot read the --names file: " + e.getMessage());
        }
        List<NormalizationResult> results = ResultsIo.read(files, err);
        SeriesBuilder builder = new SeriesBuilder(mapping);
        List<Series> series = builder.build(results);
        StringBuilder text = new StringBuilder();
        if (format == Format.csv) {
            text.append(SeriesCsv.write(series, bom));
        } else {
            for (Series s : series) {
                text.append(ReportJson.mapper().writeValueAsString(s)).append('\n');
            }
        }
        try {
            ResultsIo.write(output, text.toString(), spec.commandLine().getOut());
        } catch (IOException e) {
            err.println("gioreport: cannot write " + output + ": " + IoReason.of(e));
            return ExitCodes.OUTPUT_FAILED;
        }
        if (builder.leftOut() > 0) {
            err.println("gioreport: " + builder.leftOut() + " of " + results.size() + " results are in no series"
                    + " (no report, or no organization or report year)");
        }
        return ExitCodes.OK;
    }
}
