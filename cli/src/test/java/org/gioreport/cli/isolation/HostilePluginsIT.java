package org.gioreport.cli.isolation;

import static org.gioreport.core.testing.TestPluginJars.pluginFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.PluginOptions;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.TestPluginJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drop-in plugins that exit, halt, leak, loop ignoring interrupts, throw cyclic causes or unreadable messages,
 * and return results that break the SPI, among real reports, through {@code normalize --isolation process}:
 * every input gets exactly one record, the reports keep the values a run without those plugins gives, and the
 * run ends by itself. The jars are compiled here from source.
 */
class HostilePluginsIT {

    private static final String REPORT = "new ReportBuilder().edition(\"2021\").reportYear(2021)"
            + ".organization(\"测试局\")";

    @TempDir
    Path dir;

    private Path plugins;
    private Path inputs;
    private String realHome;
    private final List<Path> reports = new ArrayList<>();
    private final Map<String, String> hostile = new java.util.LinkedHashMap<>();

    @BeforeEach
    void buildHostileJarsAndInputs() throws IOException {
        assumeTrue(System.getenv(PluginOptions.ENVIRONMENT_VARIABLE) == null,
                "these tests need " + PluginOptions.ENVIRONMENT_VARIABLE + " unset");
        realHome = System.getProperty("user.home");
        System.setProperty("user.home", dir.resolve("home").toString());
        plugins = dir.resolve("plugins");
        inputs = dir.resolve("inputs");
        Files.createDirectories(inputs);
        jar("exits", "System.exit(1); return null;");
        jar("halts", "Runtime.getRuntime().halt(9); return null;");
        jar("leaks", "java.util.List<byte[]> kept = new java.util.ArrayList<>();"
                + " while (true) { kept.add(new byte[1 << 20]); }");
        jar("loops", TestPluginJars.hangFor(600) + " return null;");
        jar("cyclic-cause", "RuntimeException a = new RuntimeException(\"a\");"
                + " RuntimeException b = new RuntimeException(\"b\", a); a.initCause(b); throw a;");
        jar("negative-count", "return " + REPORT + ".read(\"applications.newlyReceived.naturalPerson\", -5, null).build();");
        // these fail on copies of a real report: the built-in plugin must still read it
        jar("unreadable-message", "throw new RuntimeException() { public String getMessage() {"
                + " throw new IllegalStateException(); } public String toString() { throw new IllegalStateException(); } };");
        jar("null-code", "Extraction e = " + REPORT + ".build(); return new Extraction(e.report(), e.derived(),"
                + " e.provenance(), java.util.List.of(new org.gioreport.core.model.Diagnostic("
                + "org.gioreport.core.model.Severity.WARNING, null, null, \"no code\")));");
        jar("huge-number", "return new ReportBuilder().edition(\"2019\").reportYear(2019).read("
                + "\"activeDisclosure.procurement.amount\", new java.math.BigDecimal(\"1E+400000000\"), null).build();");
        // scores every document by spinning: switched off after three timeouts, the documents still read
        TestPluginJars.jar(plugins, "spins-in-fit", TestPluginJars.plugin("spins-in-fit")
                .fit(TestPluginJars.hangFor(600) + " return null;"));
        for (Path example : exampleReports()) {
            reports.add(Files.copy(example, inputs.resolve(example.getFileName())));
        }
        String real = Files.readString(reports.get(0), StandardCharsets.UTF_8);
        for (String id : List.of("unreadable-message", "null-code", "huge-number")) {
            reports.add(Files.writeString(inputs.resolve("report-" + id + ".txt"), real + "\nhostile-" + id + "\n",
                    StandardCharsets.UTF_8));
        }
        for (String id : List.of("exits", "halts", "leaks", "loops", "cyclic-cause", "negative-count")) {
            Files.writeString(inputs.resolve("doc-" + id + ".txt"), "一份测试文件 hostile-" + id + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void restoreHome() {
        if (realHome != null) {
            System.setProperty("user.home", realHome);
        }
    }

    @Test
    void everyInputGetsOneRecordAndTheReportsKeepTheirValuesWhateverThePluginsDo() throws IOException {
        Map<String, NormalizationResult> without = byPath(CliRun.normalize(dir.resolve("baseline.jsonl"),
                "--isolation", "thread", inputs.toString()));

        long start = System.nanoTime();
        CliRun run = CliRun.of("normalize", "--isolation", "process", "--threads", "2", "--timeout", "3",
                "--worker-heap", "96m", "--plugins", plugins, "-o", dir.resolve("out.jsonl"), inputs);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        List<NormalizationResult> results = CliRun.results(dir.resolve("out.jsonl"));
        Map<String, NormalizationResult> with = byPath(results);
        assertEquals(without.keySet(), with.keySet(), "one record per input:\n" + run.err());
        assertEquals(without.size(), results.size(), "no input repeated");
        assertTrue(seconds < 600, "the run ended by itself, in " + seconds + " s");
        for (Path report : reports) {
            NormalizationResult r = with.get(report.toString());
            assertNotNull(r.report(), report + ": " + r.diagnostics());
            assertEquals(json(without.get(report.toString()).report()), json(r.report()), report.toString());
        }
        assertCode(with, "exits", Status.FAILED, "WORKER_CRASHED");
        assertCode(with, "halts", Status.FAILED, "WORKER_CRASHED");
        assertCode(with, "leaks", Status.FAILED, "WORKER_OUT_OF_MEMORY");
        assertCode(with, "loops", Status.FAILED, "PLUGIN_TIMEOUT");
        assertCode(with, "cyclic-cause", Status.FAILED, "PLUGIN_FAILED");
        Diagnostic negative = code(with.get(inputs.resolve("doc-negative-count.txt").toString()), "NEGATIVE_COUNT");
        assertEquals("applications.newlyReceived.naturalPerson", negative.path());
        for (String id : List.of("unreadable-message", "null-code", "huge-number")) {
            NormalizationResult r = with.get(inputs.resolve("report-" + id + ".txt").toString());
            assertTrue(code(r, "PLUGIN_FAILED").message().startsWith("plugin " + id + " ("), r.diagnostics()::toString);
        }
        assertEquals(1, run.warnings().stream().filter(w -> w.contains("spins-in-fit")
                && w.contains("switched off")).count(), run.err());
    }

    private void jar(String id, String normalize) throws IOException {
        hostile.put(id, "hostile-" + id);
        TestPluginJars.jar(plugins, id, pluginFor(id, "hostile-" + id).normalize(normalize));
    }

    private void assertCode(Map<String, NormalizationResult> results, String id, Status status, String code) {
        NormalizationResult r = results.get(inputs.resolve("doc-" + id + ".txt").toString());
        assertEquals(status, r.status(), id + ": " + r.diagnostics());
        code(r, code);
    }

    private static Diagnostic code(NormalizationResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + r.source().path() + ": "
                        + r.diagnostics()));
    }

    private static Map<String, NormalizationResult> byPath(List<NormalizationResult> results) {
        return results.stream().collect(Collectors.toMap(r -> r.source().path(), Function.identity()));
    }

    private static String json(Object report) throws IOException {
        return ReportJson.mapper().writeValueAsString(report);
    }

    static List<Path> exampleReports() throws IOException {
        Path examples = CliRun.corpus().getParent().getParent().getParent().resolve("examples");
        try (var files = Files.list(examples)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
