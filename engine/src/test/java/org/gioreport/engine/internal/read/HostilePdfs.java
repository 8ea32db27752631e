package org.gioreport.engine.internal.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * PDFs that ask for far more work than their size on disk, written object by object: many pages listed through one
 * shared page object, a content stream that inflates to gigabytes, a page or an image of huge pixel size. Made in
 * the tests, never stored (the CLI's bad-input tests use them too).
 */
public final class HostilePdfs {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Integer> offsets = new ArrayList<>();

    private HostilePdfs() {
        write("%PDF-1.7\n");
    }

    /**
     * {@code nodes × perNode} pages, each showing a line of text: the root lists one page-tree node {@code nodes}
     * times, that node lists one page {@code perNode} times. The root's {@code /Count} says {@code declaredCount}.
     */
    public static byte[] manyPages(int nodes, int perNode, long declaredCount) {
        HostilePdfs pdf = new HostilePdfs();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object(2, "<< /Type /Pages /Count " + declaredCount + " /Kids [" + "3 0 R ".repeat(nodes) + "] >>");
        pdf.object(3, "<< /Type /Pages /Parent 2 0 R /Count " + perNode + " /Kids [" + "4 0 R ".repeat(perNode) + "] >>");
        pdf.object(4, "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents 5 0 R"
                + " /Resources << /Font << /F1 6 0 R >> >> >>");
        pdf.stream(5, "", ("BT /F1 10 Tf 72 720 Td " + "(one line of text on every one of the pages) Tj 0 -12 Td "
                .repeat(50) + "ET").getBytes(StandardCharsets.US_ASCII));
        pdf.object(6, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.finish();
    }

    /**
     * One page whose content stream inflates to {@code megabytes} MB of text operators, a few MB on disk: each
     * megabyte of the run is compressed once after a full flush, so the same compressed bytes repeat.
     */
    public static byte[] textOperators(int megabytes) {
        byte[] run = "(0123456789ABCDEF) Tj\n".repeat(1024 * 1024 / 22).getBytes(StandardCharsets.US_ASCII);
        Deflater deflater = new Deflater(9);
        deflater.setInput(run);
        byte[] buffer = new byte[1024 * 1024];
        int n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        byte[] block = Arrays.copyOfRange(buffer, 2, n); // without the zlib header, written once below
        deflater.end();
        Adler32 checksum = new Adler32();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        z.writeBytes(new byte[] {0x78, (byte) 0xDA});
        for (int i = 0; i < megabytes; i++) {
            z.writeBytes(block);
            checksum.update(run);
        }
        z.writeBytes(new byte[] {0x03, 0x00}); // an empty final block
        long sum = checksum.getValue();
        z.writeBytes(new byte[] {(byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum});
        HostilePdfs pdf = new HostilePdfs();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object(2, "<< /Type /Pages /Count 1 /Kids [3 0 R] >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [4 0 R 5 0 R 6 0 R]"
                + " /Resources << /Font << /F1 7 0 R >> >> >>");
        pdf.stream(4, "", "BT /F1 1 Tf 10 10 Td\n".getBytes(StandardCharsets.US_ASCII));
        pdf.stream(5, "/Filter /FlateDecode", z.toByteArray());
        pdf.stream(6, "", "ET".getBytes(StandardCharsets.US_ASCII));
        pdf.object(7, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.finish();
    }

    /**
     * One page of {@code width × height} pt without text, filled by one white grey image of {@code imageWidth ×
     * imageHeight} pixels (a scan, to OCR): the image's pixels are Flate-compressed to almost nothing.
     */
    public static byte[] scannedPage(int width, int height, int imageWidth, int imageHeight) {
        Deflater deflater = new Deflater(9);
        byte[] row = new byte[imageWidth];
        Arrays.fill(row, (byte) 0xFF);
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int y = 0; y < imageHeight; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                z.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            z.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        HostilePdfs pdf = new HostilePdfs();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object(2, "<< /Type /Pages /Count 1 /Kids [3 0 R] >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + width + " " + height + "] /Contents 4 0 R"
                + " /Resources << /XObject << /Scan 5 0 R >> >> >>");
        pdf.stream(4, "", ("q " + width + " 0 0 " + height + " 0 0 cm /Scan Do Q").getBytes(StandardCharsets.US_ASCII));
        pdf.stream(5, "/Type /XObject /Subtype /Image /Width " + imageWidth + " /Height " + imageHeight
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", z.toByteArray());
        return pdf.finish();
    }

    private void write(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void object(int number, String body) {
        offsets.add(out.size());
        write(number + " 0 obj\n" + body + "\nendobj\n");
    }

    private void stream(int number, String dictionary, byte[] data) {
        offsets.add(out.size());
        write(number + " 0 obj\n<<" + dictionary + " /Length " + data.length + ">>\nstream\n");
        out.writeBytes(data);
        write("\nendstream\nendobj\n");
    }

    private byte[] finish() {
        int xref = out.size();
        write("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            write(String.format("%010d 00000 n \n", offset));
        }
        write("trailer\n<< /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }
}
