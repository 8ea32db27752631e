package org.gioreport.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use from a service" Maven snippet is what the consumer project does (src/it/consumer, built and
 * tested by this module's verify on the installed artifacts): the same BOM import, at the BOM's version, and the
 * engine without a version.
 */
class UseFromAServiceTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theReadmesBomImportIsTheConsumerProjectsAtTheBomsVersion() throws IOException {
        String bomImport = "<dependencyManagement><dependencies><dependency><groupId>org.gioreport</groupId>"
                + "<artifactId>gioreport-bom</artifactId><version>" + bomVersion() + "</version><type>pom</type>"
                + "<scope>import</scope></dependency>";
        String engine = "<dependency><groupId>org.gioreport</groupId><artifactId>gioreport-engine</artifactId>"
                + "</dependency>";
        String snippet = compact(readmeSnippet());
        String consumer = compact(Files.readString(Path.of("src/it/consumer/pom.xml")))
                .replace("@project.version@", bomVersion());

        assertTrue(snippet.contains(bomImport), "the README's snippet lacks\n" + bomImport + "\n" + snippet);
        assertTrue(snippet.contains(engine), "the README's snippet lacks\n" + engine + "\n" + snippet);
        assertTrue(consumer.contains(bomImport), "the consumer project lacks\n" + bomImport);
        assertTrue(consumer.contains(engine), "the consumer project lacks\n" + engine);
    }

    private static String readmeSnippet() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("### Use from a service");
        assertTrue(section >= 0, "the README has no 'Use from a service' section");
        int start = readme.indexOf("```xml\n", section) + "```xml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    private static String bomVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>gioreport-bom</artifactId><version>([^<]+)</version>")
                .matcher(compact(Files.readString(ROOT.resolve("bom/pom.xml"))));
        assertTrue(version.find(), "bom/pom.xml names no version");
        return version.group(1);
    }

    /** The XML without comments and without the white space between elements. */
    private static String compact(String xml) {
        return xml.replaceAll("(?s)<!--.*?-->", "").replaceAll(">\\s+<", "><").strip();
    }
}
