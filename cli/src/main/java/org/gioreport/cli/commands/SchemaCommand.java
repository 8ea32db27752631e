package org.gioreport.cli.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.Callable;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.json.ResultSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "Prints the JSON Schema of one result line.",
        description = {
            "Prints the JSON Schema (draft 2020-12) of one result line, generated from the Java types."
                + " It is the machine-readable form of the result contract (field names, nesting, nulls).",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the schema was printed", "2:usage error (bad option)",
            "4:internal error: gioreport itself failed (a bug; run with --debug and report it)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gioreport schema",
            "  gioreport schema > gioreport-result.schema.json"})
public final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        spec.commandLine().getOut().println(
                ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ResultSchema.json()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
