package org.gioreport.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gioreport.cli.UsageError;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.validation.ReportValidator;
import org.gioreport.results.series.Utf8Lines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Re-checks result lines against the JSON Schema, the field constraints and the cross-check rules.",
        description = {
            "Re-checks results (for example after editing them by hand): every line against the JSON Schema"
                + " that 'gioreport schema' prints (unknown keys, nulls and fractions where the contract has none are"
                + " problems), then every report that passed against the field constraints and the cross-check"
                + " rules (勾稽关系). Prints one line per problem.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no problem found", "1:some report breaks a rule or a line is not a result",
            "2:usage error (bad option, a file that cannot be read)",
            "4:internal error: gioreport itself failed (a bug; run with --debug and report it)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gioreport validate results.jsonl",
            "  gioreport normalize -o r.jsonl reports/ && gioreport validate r.jsonl"})
public final class ValidateCommand implements Callable<Integer> {

    /** The code of a line that is not a result at all (not JSON, or against the schema). */
    static final String NOT_A_RESULT = "NOT_A_RESULT";

    @Parameters(paramLabel = "FILE.jsonl", description = "Results written by 'gioreport normalize'.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.isDirectory(file)) {
            throw new UsageError(file + " is a folder; validate reads one results file (JSON Lines)");
        }
        if (!Files.isReadable(file)) {
            throw new UsageError("cannot read " + file);
        }
        PrintWriter out = spec.commandLine().getOut();
        ResultLineCheck lines = new ResultLineCheck();
        ReportValidator validator = new ReportValidator();
        int[] problems = {0};
        int[] results = {0};
        int[] texts = {0};
        List<Integer> notUtf8 = new ArrayList<>();
        Utf8Lines.read(file, (number, line) -> {
            if (line == null) {
                notUtf8.add(number);
                return;
            }
            if (line.isBlank()) {
                return;
            }
            texts[0]++;
            JsonNode tree;
            NormalizationResult result;
            try {
                tree = lines.parse(line);
            } catch (ResultLineCheck.NotAResult e) {
                problems[0] += report(out, number, "", e);
                return;
            }
            JsonNode path = tree.path("source").path("path");
            String where = path.isTextual() ? " (" + path.asText() + ")" : "";
            try {
                result = lines.read(tree);
            } catch (ResultLineCheck.NotAResult e) {
                problems[0] += report(out, number, where, e);
                return;
            }
            results[0]++;
            for (Diagnostic d : validator.validate(result.report())) {
                out.printf("line %d%s: %s %s %s%n", number, where, d.severity().json(), d.code(), d.message());
                problems[0]++;
            }
        });
        if (texts[0] == 0 && !notUtf8.isEmpty()) {
            throw new UsageError(file + " is not UTF-8 text, so not a results file of gioreport normalize");
        }
        for (int number : notUtf8) { // said after the others: each is one problem, the rest was checked
            out.printf("line %d: error %s not UTF-8 text%n", number, NOT_A_RESULT);
            problems[0]++;
        }
        out.printf("%d results checked, %d problems%n", results[0], problems[0]);
        out.flush();
        return problems[0] == 0 ? 0 : 1;
    }
    private static int report(PrintWriter out, int number, String where, ResultLineCheck.NotAResult notAResult) {
        for (String problem : notAResult.problems) {
            out.printf("line %d%s: error %s %s%n", number, where, NOT_A_RESULT, problem);
        }
        return notAResult.problems.size();
    }
}
