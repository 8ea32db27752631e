package org.gioreport.engine.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

class ObviousTypesTest {

    private static final Detector TIKA = TikaConfig.getDefaultConfig().getDetector();

    private static Path corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("formats/corpus/files"))) {
                return dir.resolve("formats/corpus/files");
            }
        }
        throw new IllegalStateException("formats/corpus/files not found above " + Path.of("").toAbsolutePath());
    }

    private static String tika(String name, byte[] bytes) throws IOException {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return TIKA.detect(in, m).getBaseType().toString();
        }
    }

    @Test
    void everyCorpusFileWithAnObviousTypeHasThatTypeForTikaToo() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        int taken = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String obvious = ObviousTypes.of(f.getFileName().toString(), bytes);
            if (obvious != null) {
                assertEquals(obvious, tika(f.getFileName().toString(), bytes), f.toString());
                taken++;
            }
        }
        assertTrue(taken >= 72, "the text layouts and the PDFs are taken: " + taken);
    }

    @Test
    void gbkAndUtf8ReportsNamedTxtAreTaken() {
        String report = "政府信息公开工作年度报告\n一、总体情况\n";
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"), Charset.forName("GB18030"))) {
            assertTrue(ObviousTypes.isPlainText("report.txt", report.getBytes(cs)), cs.name());
        }
        assertTrue(ObviousTypes.isPlainText("R.TXT", ("\uFEFF" + report).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fileStartingWithThePdfSignatureIsAPdfWhateverItsName() {
        assertEquals("application/pdf", ObviousTypes.of("download", "%PDF-1.4\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(null, ObviousTypes.of("x.pdf", "PDF".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anythingLessObviousIsLeftToTika() {
        byte[] text = "一、总体情况".getBytes(StandardCharsets.UTF_8);
        assertFalse(ObviousTypes.isPlainText("report.html", text), "not named .txt");
        assertFalse(ObviousTypes.isPlainText("page.txt", "  <html><body>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ObviousTypes.isPlainText("page.txt", "\uFEFF <!DOCTYPE html>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ObviousTypes.isPlainText("data.txt", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ObviousTypes.isPlainText("x.txt", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ObviousTypes.isPlainText("wide.txt", "\uFEFF报告".getBytes(StandardCharsets.UTF_16LE)));
        assertFalse(ObviousTypes.isPlainText("wide.txt", "\uFEFF报告".getBytes(StandardCharsets.UTF_16BE)));
        assertFalse(ObviousTypes.isPlainText("ascii16.txt", "report".getBytes(StandardCharsets.UTF_16LE)));
        assertFalse(ObviousTypes.isPlainText("bin.txt", new byte[] {'a', 0, 'b'}));
        assertFalse(ObviousTypes.isPlainText("empty.txt", new byte[0]));
    }
}
