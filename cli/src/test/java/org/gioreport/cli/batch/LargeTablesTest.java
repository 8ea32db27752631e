package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.gioreport.cli.CliRun;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.engine.internal.read.DocumentReader;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.LayoutPlugin;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report holding a 100,000-row table (or 50,000 small tables, or 100,000 lines of joined cells) costs every
 * built-in plugin time in proportion to its size. Each plugin's fit and normalize are timed in CPU time of this
 * thread, which a busy machine does not inflate, with a bound twenty times what they take: {@code structured-table}
 * looked for each row's line from the top of the text and took 73 s of CPU on the 100,000-row table before (under
 * 1 s after) and 10 s on the 50,000 tables (0.3 s after); the others take 0.05–1.1 s.
 */
class LargeTablesTest {

    private static final double MAX_CPU_SECONDS = 20;
    private static final List<String> BUILT_IN = List.of("pdf-text", "cell-dump", "web-page", "structured-table",
            "joined-cells", "pipe-rows");

    @TempDir
    Path dir;

    @Test
    void reportWithAHundredThousandRowTableIsReadInLinearTimeByEveryPlugin() throws Exception {
        StringBuilder rows = new StringBuilder("<table>");
        for (int i = 0; i < 100_000; i++) {
            rows.append("<tr><td>事项").append(i).append("</td><td>").append(i % 997).append("</td></tr>\n");
        }
        assertEveryPluginIsLinear(html(rows.append("</table>").toString()), "structured-table");
    }

    @Test
    void reportWithFiftyThousandSmallTablesIsReadInLinearTimeByEveryPlugin() throws Exception {
        StringBuilder tables = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            tables.append("<table><tr><td>事项").append(i).append("</td><td>").append(i % 997)
                    .append("</td></tr></table>\n");
        }
        assertEveryPluginIsLinear(html(tables.toString()), "structured-table");
    }

    @Test
    void reportWithAHundredThousandLinesOfJoinedCellsIsReadInLinearTimeByEveryPlugin() throws Exception {
        String report = Files.readString(CliRun.corpus().resolve("joined-cells/syn01.txt"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            lines.append("事项").append(i % 997).append('\n');
        }
        assertTrue(report.contains("规章002"));
        Path file = Files.writeString(dir.resolve("joined.txt"), report.replace("规章002", lines + "规章002"));
        assertEveryPluginIsLinear(file, "joined-cells");
    }

    /** The corpus's HTML report with {@code tables} inserted after its first heading. */
    private Path html(String tables) throws IOException {
        String report = Files.readString(CliRun.corpus().resolve("html/syn07.html"), StandardCharsets.UTF_8);
        String heading = "<h2>一、总体情况</h2>";
        assertTrue(report.contains(heading));
        return Files.writeString(dir.resolve("large.html"), report.replace(heading, heading + tables));
    }

    /** Every built-in plugin, asked whether it fits and made to normalize (as {@code --plugin} does), in bounded time. */
    private static void assertEveryPluginIsLinear(Path file, String expectedReader) throws IOException, UnreadableInput {
        byte[] bytes = Files.readAllBytes(file);
        DocumentReader reader = new DocumentReader(200L * 1024 * 1024);
        SourceDocument document = reader.read(file, bytes, reader.detect(file, bytes));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (LayoutPlugin plugin : ServiceLoader.load(LayoutPlugin.class)) {
            if (!BUILT_IN.contains(plugin.id())) {
                continue;
            }
            long start = cpu.getCurrentThreadCpuTime();
            boolean fits = plugin.fit(document).fits();
            Extraction extraction = plugin.normalize(document);
            double taken = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
            seconds.put(plugin.id(), taken);
            if (plugin.id().equals(expectedReader)) {
                assertTrue(fits, plugin.id() + " fits " + file.getFileName());
                assertNotNull(extraction.report(), plugin.id() + " reads the report");
            }
        }
        System.out.println(file.getFileName() + ": CPU seconds per plugin " + seconds);
        assertEquals(BUILT_IN.size(), seconds.size(), seconds.toString());
        seconds.forEach((id, taken) -> assertTrue(taken < MAX_CPU_SECONDS, id + " took " + taken + " s of CPU"));
    }
}
