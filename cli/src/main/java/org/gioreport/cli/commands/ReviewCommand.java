package org.gioreport.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gioreport.cli.ExitCodes;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.engine.internal.batch.IoReason;
import org.gioreport.results.review.ReviewPage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Writes one self-contained HTML page for checking results beside their source.",
        description = {
            "Writes a single HTML file (no network, nothing loaded from elsewhere) with the list of"
                + " reports (status, counts of errors, warnings and infos; filter and pages) and, for the report"
                + " chosen, its tables 二, 三 and 四 in the template's shape. Each value shows on hover, and on a"
                + " click, the line of text (or table cell) it was read from; nulls say why; cross-check breaks"
                + " are marked on every cell involved; derived values are marked. The provenance needs results"
                + " written with 'normalize --provenance'. Open the page with #r=N to show report N, and"
                + " #r=N&p=PATH to show one value's source (applications.newlyReceived.total).",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the page was written", "2:usage error (bad option, a file that cannot be read)",
            "3:the page could not be written",
            "4:internal error: gioreport itself failed (a bug; run with --debug and report it)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gioreport normalize --provenance -o results.jsonl reports/",
            "  gioreport review results.jsonl -o review.html"})
public final class ReviewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RESULTS.jsonl", arity = "1..*", description = "Results written by 'gioreport normalize'.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The HTML file to write.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ResultsIo.requireFolderOf(output);
        List<NormalizationResult> results = ResultsIo.read(files, err);
        String title = String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
        try {
            ResultsIo.write(output, ReviewPage.html(results, title), spec.commandLine().getOut());
        } catch (IOException e) {
            err.println("gioreport: cannot write " + output + ": " + IoReason.of(e));
            return ExitCodes.OUTPUT_FAILED;
        }
        return ExitCodes.OK;
    }
}
