package org.gioreport.plugins.markdowntable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.testing.TestPluginJars;
import org.gioreport.spi.Extraction;
import org.gioreport.template.TextReportReader;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.FormatPlugin;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin author's guide (plugins/README.md) is runnable: its example compiles and reads its sample. */
class PluginGuideTest {

    private static final Path GUIDE = Path.of("..", "README.md");
    private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theGuidesExamplePluginCompilesRegistersAndReadsTheGuidesSample(@TempDir Path dir) throws Exception {
        String guide = Files.readString(GUIDE);
        String source = blocks(guide, "java").stream().filter(b -> b.contains("implements FormatPlugin"))
                .findFirst().orElseThrow();
        String className = packageOf(source) + "." + classOf(source);
        assertTrue(guide.contains("```\n" + className + "\n```"), "the services file step names another class");

        Path classes = TestPluginJars.compile(Map.of(className, source), List.of(TestPluginJars.spiLocation(),
                TestPluginJars.locationOf(TextReportReader.class)),
                dir.resolve("classes"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            FormatPlugin plugin = (FormatPlugin) loader.loadClass(className).getConstructor().newInstance();
            SourceDocument sample = SourceDocument.ofText("report.csv", sampleAfter(guide, "report.csv"));

            FitScore score = plugin.fit(sample);
            Extraction extraction = plugin.normalize(sample);

            assertEquals(FormatPlugin.SPI_VERSION, plugin.spiVersion());
            assertTrue(score.fits(), score.toString());
            assertNotNull(extraction.report(), () -> extraction.diagnostics().toString());
            var values = ReportPaths.flatten(extraction.report());
            assertEquals("2021", values.get("edition"));
            assertEquals(2021, values.get("reportYear"));
            assertEquals(14, values.get("activeDisclosure.regulations.inForce"));
            assertEquals(194, values.get("applications.newlyReceived.total"));
            assertEquals(77, values.get("applications.disclosed.total"));
            assertEquals(9, values.get("reviewsAndLawsuits.lawsuitAfterReview.total"));
            assertNull(values.get("applications.totalHandled.total")); // not in the sample: never invented
            assertFalse(plugin.fit(SourceDocument.ofText("report.txt", sample.text().replace(',', '\t'))).fits());
        }
    }

    private static List<String> blocks(String markdown, String language) {
        List<String> out = new ArrayList<>();
        Matcher m = FENCE.matcher(markdown);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    /** The first unlabelled code block after the sentence that names the file. */
    private static String sampleAfter(String guide, String fileName) {
        int at = guide.indexOf("save this as `" + fileName + "`");
        assertTrue(at >= 0, "the guide no longer offers a " + fileName + " sample");
        Matcher m = FENCE.matcher(guide);
        assertTrue(m.find(at));
        return m.group(2);
    }

    private static String packageOf(String source) {
        Matcher m = Pattern.compile("package ([\\w.]+);").matcher(source);
        assertTrue(m.find());
        return m.group(1);
    }

    private static String classOf(String source) {
        Matcher m = Pattern.compile("public final class (\\w+)").matcher(source);
        assertTrue(m.find());
        return m.group(1);
    }
}
