package org.gioreport.plugins.markdowntable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.testing.PluginGuide;
import org.gioreport.core.testing.TestPluginJars;
import org.gioreport.spi.Extraction;
import org.gioreport.template.TextReportReader;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.LayoutPlugin;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin author's guide (plugins/README.md) is runnable: its example compiles and reads its sample. That the
 * example wins its sample through selection, as a jar dropped into the CLI's plugin folder, is
 * {@code PluginGuideThroughTheLauncherIT} in the CLI.
 */
class PluginGuideTest {

    @Test
    void theGuidesExamplePluginCompilesRegistersAndReadsTheGuidesSample(@TempDir Path dir) throws Exception {
        PluginGuide guide = PluginGuide.inRepository();
        assertTrue(guide.registersTheExample(), "the services file step names another class");

        Path classes = TestPluginJars.compile(guide.exampleSources(), List.of(TestPluginJars.spiLocation(),
                TestPluginJars.locationOf(TextReportReader.class)),
                dir.resolve("classes"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            LayoutPlugin plugin = (LayoutPlugin) loader.loadClass(guide.exampleClassName()).getConstructor()
                    .newInstance();
            SourceDocument sample = SourceDocument.ofText("report.csv", guide.sample("report.csv"));

            FitScore score = plugin.fit(sample);
            Extraction extraction = plugin.normalize(sample);

            assertEquals(LayoutPlugin.SPI_VERSION, plugin.spiVersion());
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
}
