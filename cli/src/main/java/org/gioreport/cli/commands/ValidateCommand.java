package org.gioreport.cli.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gioreport.cli.UsageError;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.validation.ReportValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Re-checks result lines against the field constraints and cross-check rules.",
        description = {
            "Re-checks results (for example after editing them by hand): every report against the field",
            "constraints and the cross-check rules (勾稽关系). Prints one line per problem.",
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

    @Parameters(paramLabel = "FILE.jsonl", description = "Results written by 'gioreport normalize'.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) {
            throw new UsageError("cannot read " + file);
        }
        PrintWriter out = spec.commandLine().getOut();
        ReportValidator validator = new ReportValidator();
        int problems = 0;
        int results = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                NormalizationResult result;
                try {
                    result = ReportJson.fromLine(line);
                } catch (JsonProcessingException e) {
                    out.printf("line %d: error NOT_A_RESULT: not a result line (%s)%n", number, e.getOriginalMessage());
                    problems++;
                    continue;
                }
                results++;
                String where = result.source() == null ? "" : " (" + result.source().path() + ")";
                for (Diagnostic d : validator.validate(result.report())) {
                    out.printf("line %d%s: %s %s %s%n", number, where, d.severity().json(), d.code(), d.message());
                    problems++;
                }
            }
        }
        out.printf("%d results checked, %d problems%n", results, problems);
        out.flush();
        return problems == 0 ? 0 : 1;
    }
}
