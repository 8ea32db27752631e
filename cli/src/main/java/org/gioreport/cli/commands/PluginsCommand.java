package org.gioreport.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gioreport.cli.PluginOptions;
import org.gioreport.engine.Gioreport;
import org.gioreport.engine.LoadedPlugin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "plugins", mixinStandardHelpOptions = true,
        header = "Lists the layout plugins: id, version, and where each came from.",
        description = {
            "Lists the layout plugins: id, version, and where each came from (built-in or a jar)."
                + " Problems with plugin jars (broken, incompatible, duplicate id) are printed as warnings on stderr."
                + " An id is what 'gioreport normalize --plugin ID' takes.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the plugins were listed (warnings about jars do not change it)",
            "2:usage error (bad option)",
            "4:internal error: gioreport itself failed (a bug; run with --debug and report it)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  gioreport plugins",
            "  gioreport plugins --plugins plugins/markdown-table/target/"})
public final class PluginsCommand implements Callable<Integer> {

    @Mixin
    PluginOptions plugins;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Gioreport engine = plugins.engineBuilder(err).build()) {
            for (LoadedPlugin p : engine.plugins()) {
                out.printf("%-20s %-8s %s%n", p.id(), p.version(), p.origin());
            }
        }
        out.flush();
        return 0;
    }
}
