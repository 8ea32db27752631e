package org.gioreport.cli.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.gioreport.cli.CliRun;

/** Makes the broken inputs of a national crawl, each from scratch or from a good corpus file. */
final class BadInputFiles {

    static final long HUNDRED_MB = 100L * 1024 * 1024;

    private BadInputFiles() {
    }

    static Path empty(Path dir) throws IOException {
        return Files.write(dir.resolve("empty.txt"), new byte[0]);
    }

    /**
     * A named pipe (FIFO) with a report's name: listed like a file, but no file to read. It makes the reader's
     * "unreadable" answer without file permissions, which root ignores.
     */
    static Path namedPipe(Path dir, String name) throws IOException {
        Path pipe = dir.resolve(name);
        try {
            int code = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor();
            if (code != 0 || !Files.exists(pipe)) {
                throw new IOException("mkfifo " + pipe + " exited with " + code);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted making " + pipe, e);
        }
        return pipe;
    }

    static Path randomBytes(Path dir, String name) throws IOException {
        byte[] bytes = new byte[20_000];
        new Random(42).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    static Path truncatedPdf(Path dir) throws IOException {
        byte[] pdf = Files.readAllBytes(CliRun.corpus().resolve("pdf/syn01.pdf"));
        return Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    }

    static Path fakePdf(Path dir) throws IOException {
        return Files.writeString(dir.resolve("fake.pdf"), "%PDF-1.7\n这不是PDF文件，只是以PDF开头的文字。\n");
    }

    static Path encryptedPdf(Path dir) throws IOException {
        return encryptedPdf(dir, 128);
    }

    /** A real report encrypted with a user password, with a key of this many bits (40: RC4-40, PDF 1.1's). */
    static Path encryptedPdf(Path dir, int keyBits) throws IOException {
        Path out = dir.resolve("encrypted-" + keyBits + ".pdf");
        try (PDDocument doc = Loader.loadPDF(CliRun.corpus().resolve("pdf/syn02.pdf").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(keyBits);
            doc.protect(policy);
            doc.save(out.toFile());
        }
        return out;
    }

    /** A real report followed by blank pages, {@code pages} in all. */
    static Path manyPagesPdf(Path dir, int pages) throws IOException {
        Path out = dir.resolve("pages-" + pages + ".pdf");
        try (PDDocument doc = Loader.loadPDF(CliRun.corpus().resolve("pdf/syn02.pdf").toFile())) {
            while (doc.getNumberOfPages() < pages) {
                doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            doc.save(out.toFile());
        }
        return out;
    }

    static Path truncatedDocx(Path dir) throws IOException {
        byte[] docx = Files.readAllBytes(CliRun.corpus().resolve("docx/syn01.docx"));
        return Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2));
    }

    /** A real DOCX whose word/document.xml inflates to about 300 MB (from well under 1 MB). */
    static Path zipBombDocx(Path dir) throws IOException {
        return zipBombDocx(dir.resolve("bomb.docx"), 300_000_000L, false);
    }

    /**
     * A real DOCX whose word/document.xml inflates to about 85 MB of XML (under the 100 MB POI reads into one array) that varies enough (a number in every
     * paragraph) to pass POI's packed-to-unpacked ratio guard: only an unpacked-size limit stops it.
     */
    static Path lowRatioZipBombDocx(Path dir) throws IOException {
        return zipBombDocx(dir.resolve("low-ratio-bomb.docx"), 70_000_000L, true);
    }

    private static Path zipBombDocx(Path out, long unpacked, boolean varied) throws IOException {
        java.util.Random random = new java.util.Random(7);
        byte[] paragraph = ("<w:p><w:r><w:t>" + "政府信息公开".repeat(varied ? 8 : 200) + "</w:t></w:r></w:p>")
                .getBytes(StandardCharsets.UTF_8);
        try (ZipFile source = new ZipFile(CliRun.corpus().resolve("docx/syn01.docx").toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(9);
            for (Enumeration<? extends ZipEntry> e = source.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(source.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    zip.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    for (long written = 0; written < unpacked; written += paragraph.length) {
                        zip.write(paragraph);
                        if (varied) {
                            zip.write(("<w:p><w:r><w:t>" + random.nextInt(1_000_000) + "</w:t></w:r></w:p>")
                                    .getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    source.getInputStream(entry).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out;
    }

    /** 100 MB of Chinese text that is no report (the size limit's default lets it in). */
    static Path hundredMegabyteText(Path dir) throws IOException {
        Path out = dir.resolve("huge.txt");
        byte[] line = "这是一行与年度报告无关的文字，用来测试非常大的文本文件。\n".getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[line.length * 4096];
        for (int i = 0; i < 4096; i++) {
            System.arraycopy(line, 0, block, i * line.length, line.length);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            long left = HUNDRED_MB;
            while (left > 0) {
                int n = (int) Math.min(block.length, left);
                o.write(block, 0, n);
                left -= n;
            }
        }
        return out;
    }

    /** A corpus text report re-encoded (GBK or GB18030), as many older sites serve them. */
    static Path reencoded(Path dir, String corpusFile, Charset charset) throws IOException {
        String text = Files.readString(CliRun.corpus().resolve(corpusFile), StandardCharsets.UTF_8);
        Path out = dir.resolve(Path.of(corpusFile).getFileName().toString().replace(".txt", "." + charset.name()
                .toLowerCase() + ".txt"));
        return Files.write(out, text.getBytes(charset));
    }

    static Path htmlThatIsNoReport(Path dir) throws IOException {
        return Files.writeString(dir.resolve("news.html"), """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>县政府门户网站 - 新闻</title></head>
                <body><h1>我县召开春季植树动员大会</h1><p>3月12日，我县在城南公园召开春季植树动员大会。</p>
                <table><tr><td>栏目</td><td>新闻动态</td></tr><tr><td>点击</td><td>1024</td></tr></table>
                </body></html>
                """);
    }
}
