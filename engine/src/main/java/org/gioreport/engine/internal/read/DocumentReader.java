package org.gioreport.engine.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Source;
import org.gioreport.engine.OcrMode;
import org.gioreport.engine.OcrProgress;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.spi.SourceDocument;
import org.gioreport.spi.Table;
import org.xml.sax.SAXException;

/**
 * Reads one input file with Apache Tika into our own {@link SourceDocument}: plain text decoded with charset
 * detection ({@link TextEncoding}: UTF-8, GB18030/GBK, UTF-16…) and kept line for line; PDF, Word and HTML parsed into text plus tables.
 * Tika's types stop here: plugins never see them.
 */
public final class DocumentReader {

    static final String PDF = "application/pdf";
    /** Metadata key naming the pages read by OCR, e.g. {@code [1, 2, 3]}. */
    public static final String OCR_PAGES = "gioreport:ocr-pages";

    /** Text longer than this is cut off as a guard against decompression bombs: about 20 million characters. */
    static final int MAX_TEXT_CHARS = 20_000_000;

    /** A PDF with more pages than this is not read on: reports have tens of pages. */
    static final int MAX_PAGES = 5_000;

    /**
     * The most one entry of a DOCX (or any OOXML zip) may unpack to. POI's own guard checks only the ratio of
     * packed to unpacked size, which XML repeated with small variations passes; no report's document.xml comes
     * near this, and past it POI stops with "Zip bomb detected", read as {@code INPUT_BOMB}.
     */
    static final long MAX_UNPACKED_ENTRY_BYTES = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_ENTRY_BYTES);
    }

    private final TikaConfig tika = TikaConfig.getDefaultConfig();
    private final Detector detector = tika.getDetector();
    private final long maxBytes;
    private final FileBytes files;
    private final OcrMode ocr;
    private final int ocrThreads;
    private final OcrProgress progress;

    public DocumentReader(long maxBytes) {
        this(maxBytes, OcrMode.AUTO, Runtime.getRuntime().availableProcessors(), OcrProgress.NONE);
    }

    /**
     * @param ocr        when PDF pages are read by OCR ({@code --ocr})
     * @param ocrThreads how many pages of one document are read by OCR at once
     * @param progress   told of each page read by OCR
     */
    public DocumentReader(long maxBytes, OcrMode ocr, int ocrThreads, OcrProgress progress) {
        this(maxBytes, Files::readAllBytes, ocr, ocrThreads, progress);
    }

    /** A reader taking a file's bytes from {@code files}: tests make reading fail the way a disk can. */
    DocumentReader(long maxBytes, FileBytes files) {
        this(maxBytes, files, OcrMode.AUTO, 1, OcrProgress.NONE);
    }

    private DocumentReader(long maxBytes, FileBytes files, OcrMode ocr, int ocrThreads, OcrProgress progress) {
        this.maxBytes = maxBytes;
        this.files = files;
        this.ocr = ocr;
        this.ocrThreads = Math.max(1, ocrThreads);
        this.progress = progress;
    }

    /** Reads a whole file; {@link Files#readAllBytes} outside tests. */
    @FunctionalInterface
    interface FileBytes {
        byte[] read(Path path) throws IOException;
    }

    /** The file's bytes, within the size limit. */
    public byte[] bytes(Path path) throws UnreadableInput {
        try {
            if (!Files.exists(path)) {
                throw new UnreadableInput("INPUT_NOT_FOUND", "the file does not exist: " + path, false);
            }
            if (Files.isDirectory(path)) {
                throw new UnreadableInput("INPUT_UNREADABLE", "the folder cannot be listed: " + path, false);
            }
            if (!Files.isRegularFile(path)) {
                throw new UnreadableInput("INPUT_UNREADABLE", "not a regular file: " + path, false);
            }
            checkSize(Files.size(path));
            return files.read(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableInput("INPUT_NOT_FOUND", "the file does not exist: " + path, false);
        } catch (AccessDeniedException e) {
            throw new UnreadableInput("INPUT_UNREADABLE", "permission denied: " + path, false);
        } catch (IOException e) {
            throw new UnreadableInput("INPUT_UNREADABLE", "the file cannot be read: " + e.getMessage(), false);
        }
    }

    /** Refuses a document larger than the size limit. */
    public void checkSize(long size) throws UnreadableInput {
        if (size > maxBytes) {
            throw new UnreadableInput("INPUT_TOO_LARGE", "the file has " + size + " bytes, more than the limit of "
                    + maxBytes + " (raise it with --max-size)", false);
        }
    }

    /** A document's name as a path for type detection and the record; a name no path can hold is replaced. */
    public static Path nameAsPath(String name) {
        try {
            return Path.of(name == null || name.isBlank() ? "document" : name);
        } catch (InvalidPathException e) {
            return Path.of("document");
        }
    }

    public static Source source(Path path, byte[] bytes, String mediaType) {
        return new Source(PathText.of(path), bytes == null ? null : sha256(bytes), mediaType);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The media type Tika detects from the bytes and the file name; text in any charset is text whatever its name
     * (a report saved without an extension, or as UTF-16), not binary data.
     */
    public String detect(Path path, byte[] bytes) {
        String obvious = ObviousTypes.of(path.getFileName().toString(), bytes);
        if (obvious != null) {
            return obvious;
        }
        if (TextEncoding.utf16(bytes) != null && ObviousTypes.isTextOfAnyName(bytes)) {
            return "text/plain"; // Tika's magic patterns take UTF-16 text without a byte-order mark for PCX images
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
        String type;
        try (InputStream in = TikaInputStream.get(bytes)) {
            type = detector.detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            type = MediaType.OCTET_STREAM.toString();
        }
        // Tika takes text it cannot name a charset of (GB18030 without a file extension) for binary data
        if (type.equals(MediaType.OCTET_STREAM.toString()) && ObviousTypes.isTextOfAnyName(bytes)) {
            return "text/plain";
        }
        // a CMS export is HTML without <html> or <body>; Tika's patterns want those, our readers want its tables
        return type.equals("text/plain") && ObviousTypes.opensWithHtmlTag(bytes) ? "text/html" : type;
    }

    /**
     * True when reading a document of this type runs a Tika parser (PDF, Word, HTML…), which may take long on a
     * hostile file; false for plain text, which is only decoded.
     */
    /**
     * What the reading left out or read otherwise, for the document's result: pages whose text layer is no text
     * ({@code TEXT_LAYER_UNUSABLE}), the pages of a PDF without a text layer that were not read because the OCR
     * module is missing ({@code OCR_UNAVAILABLE}, a warning).
     */
    public static List<Diagnostic> readingNotes(SourceDocument document) {
        List<Diagnostic> notes = new ArrayList<>(UnusableTextLayer.diagnostics(document));
        String unread = document.metadata().get(ScannedPages.UNREAD_PAGES);
        if (unread != null) {
            notes.add(Diagnostic.warning("OCR_UNAVAILABLE", null, "pages " + unread
                    + " have no text layer and were not read; if they are scanned, " + ScannedPages.HOW_TO_ADD));
        }
        return notes;
    }

    public static boolean parses(String mediaType) {
        return !isText(mediaType);
    }

    private static boolean isText(String mediaType) {
        return mediaType.equals("text/plain") || mediaType.startsWith("text/x-") && !mediaType.contains("html");
    }

    public SourceDocument read(Path path, byte[] bytes, String mediaType) throws UnreadableInput {
        return read(path, bytes, mediaType, pages -> { });
    }

    /**
     * Like {@link #read(Path, byte[], String)}, telling {@code ocrPages} how many pages will be read by OCR before
     * OCR starts (not at all when none is): the document's time limit grows with them.
     */
    public SourceDocument read(Path path, byte[] bytes, String mediaType, IntConsumer ocrPages)
            throws UnreadableInput {
        if (bytes.length == 0) {
            throw new UnreadableInput("INPUT_EMPTY", "the file is empty", true);
        }
        if (isText(mediaType)) {
            // no charset takes more than 4 bytes a character: larger files pass the limit without decoding them
            String text = bytes.length > 4L * MAX_TEXT_CHARS ? null : TextEncoding.decode(bytes);
            if (text == null || text.length() > MAX_TEXT_CHARS) {
                throw new UnreadableInput("INPUT_TOO_LARGE", "the text has more than " + MAX_TEXT_CHARS
                        + " characters (" + bytes.length + " bytes), far more than any report; not read", false);
            }
            return new SourceDocument(path.getFileName().toString(), mediaType, text, Map.of(), List.of());
        }
        if (mediaType.equals(MediaType.OCTET_STREAM.toString())) {
            throw new UnreadableInput("UNSUPPORTED_TYPE", "the file is not a document gioreport can read (binary data"
                    + " of unknown type; expected PDF, DOC, DOCX, HTML or text)", false);
        }
        return parse(path, bytes, mediaType, ocrPages);
    }

    private SourceDocument parse(Path path, byte[] bytes, String mediaType, IntConsumer ocrPages)
            throws UnreadableInput {
        if (mediaType.equals(PDF)) {
            PdfLimits.check(bytes);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        TextAndTablesHandler handler = new TextAndTablesHandler(MAX_TEXT_CHARS, MAX_PAGES);
        AutoDetectParser parser = new AutoDetectParser(tika);
        parser.setDetector(new KnownTypeDetector(MediaType.parse(mediaType), detector)); // detected once, not twice
        ParseContext context = new ParseContext();
        Charset html = mediaType.contains("html") ? HtmlCharset.of(bytes) : null;
        if (html != null) {
            context.set(EncodingDetector.class, (stream, meta) -> html); // the bytes outweigh a wrong <meta> charset
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (TikaException | IOException | SAXException | RuntimeException e) {
            throw ReadFailures.classify(e, mediaType, bytes.length);
        }
        ParserPresence.check(mediaType, metadata);
        Map<String, String> meta = new LinkedHashMap<>();
        for (String name : metadata.names()) {
            meta.put(name, metadata.get(name));
        }
        List<Table> tables = handler.tables();
        String name = path.getFileName().toString();
        if (mediaType.equals(PDF)) {
            return pdf(name, bytes, handler, meta, tables, ocrPages);
        }
        return new SourceDocument(name, mediaType, handler.text(), meta, tables);
    }

    /**
     * A PDF read from its text layer, and by OCR where it needs it: pages without text that show an image, and
     * pages whose text layer is no text ({@link TextLayerQuality}). Such pages are never read from their text layer:
     * where OCR may not read them, they are left out ({@link UnusableTextLayer}).
     */
    private SourceDocument pdf(String name, byte[] bytes, TextAndTablesHandler handler, Map<String, String> meta,
                               List<Table> tables, IntConsumer ocrPages) throws UnreadableInput {
        List<TextLayerQuality> unusable = ocr == OcrMode.ALWAYS ? List.of()
                : TextLayerQuality.unusable(handler.text(), handler.pageSpans());
        Set<Integer> unusablePages = new TreeSet<>();
        unusable.forEach(q -> unusablePages.add(q.page()));
        boolean byOcr = needsOcr(handler.pageCharacters(), unusablePages);
        if (byOcr && ScannedPages.available()) {
            SourceDocument scanned = ScannedPages.read(name, bytes,
                    UnusableTextLayer.noted(meta, unusable, true, null), ocr == OcrMode.ALWAYS, unusablePages,
                    ocrThreads, progress, ocrPages);
            if (scanned != null) {
                return scanned;
            }
        }
        String remedy = ocr == OcrMode.NEVER ? UnusableTextLayer.TURN_ON_OCR : ScannedPages.HOW_TO_ADD;
        if (!unusable.isEmpty() && unusable.size() == handler.pageSpans().size()) {
            throw UnusableTextLayer.nothingLeft(unusable, remedy);
        }
        String text = unusable.isEmpty() ? handler.text()
                : TextLayerQuality.without(handler.text(), handler.pageSpans(), unusablePages);
        Map<String, String> noted = UnusableTextLayer.noted(meta, unusable, false, remedy);
        if (byOcr) {
            return ScannedPages.withoutOcr(name, text, noted, tables, handler.pageCharacters());
        }
        return new SourceDocument(name, PDF, text, noted, tables);
    }

    /**
     * Whether a PDF may need OCR: always under {@code --ocr always}; under {@code auto} only when a page has (almost)
     * no text or a text layer that is no text, so a PDF with a text layer on every page costs nothing more and
     * reads as before.
     */
    private boolean needsOcr(List<Integer> pageCharacters, Set<Integer> unusablePages) {
        return switch (ocr) {
            case NEVER -> false;
            case ALWAYS -> true;
            case AUTO -> !unusablePages.isEmpty()
                    || pageCharacters.stream().anyMatch(c -> c < ScannedPages.MIN_TEXT_CHARACTERS);
        };
    }
}
