package org.govkg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govkg.vocab.Hashes;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads a document from disk: plain text (UTF-8, or whatever charset juniversalchardet detects, e.g.
 * GB18030 for GBK files), web pages (the article and its metadata table, see {@link HtmlArticle}),
 * and DOCX, DOC or PDF (through Apache Tika). Rejects empty, binary and oversized files.
 */
public final class DocumentReader {
    /** Larger files are refused: no government document is this long, and the store must stay responsive. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final int BINARY_PROBE = 8192;

    private final long maxBytes;
    private final RichDocumentText rich = new RichDocumentText();

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads a file given on its own, known by its file name. */
    public SourceDocument read(Path file) throws IngestException {
        return read(DocumentFile.of(file));
    }

    public SourceDocument read(DocumentFile document) throws IngestException {
        Path file = document.path();
        String name = document.name();
        byte[] bytes = readBytes(file);
        if (bytes.length == 0)
            throw new IngestException(file, "empty file");
        String extension = extension(file);
        if (extension.equals("docx")) InputBounds.checkInflatedSize(file, bytes);
        if (extension.equals("pdf")) InputBounds.checkPdf(file, bytes);
        if (extension.equals("html") || extension.equals("htm")) InputBounds.checkHtmlDepth(file, bytes);
        SourceDocument doc = switch (extension) {
            case "html", "htm" -> html(file, name, bytes);
            case "docx", "doc", "pdf" -> new SourceDocument(file, name, rich.text(file, bytes, InputBounds.MAX_TEXT_CHARS + 1), StandardCharsets.UTF_8, sha256(bytes));
            default -> plain(file, name, bytes);
        };
        InputBounds.checkTextLength(file, doc.text());
        String clean = ControlCharacters.strip(doc.text());
        return clean.equals(doc.text()) ? doc : new SourceDocument(doc.path(), doc.name(), clean, doc.charset(), doc.contentHash());
    }

    private SourceDocument plain(Path file, String name, byte[] bytes) throws IngestException {
        if (looksBinary(bytes))
            throw new IngestException(file, "binary file (contains NUL bytes), not a text document");
        Charset charset = detect(file, bytes);
        String text = decode(file, bytes, charset);
        if (text.isBlank())
            throw new IngestException(file, "no text (only white space)");
        return new SourceDocument(file, name, stripBom(text), charset, sha256(bytes));
    }

    /** A web page: UTF-8 when valid, else the charset its {@code <meta>} declares, else a detected one. */
    private SourceDocument html(Path file, String name, byte[] bytes) throws IngestException {
        Charset charset;
        org.jsoup.nodes.Document doc;
        try {
            boolean utf8 = isValid(bytes, StandardCharsets.UTF_8);
            doc = org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(bytes), utf8 ? "UTF-8" : null, "");
            charset = doc.charset();
            if (!utf8 && charset.equals(StandardCharsets.UTF_8)) {
                charset = detect(file, bytes);
                doc = org.jsoup.Jsoup.parse(decode(file, bytes, charset));
            }
        } catch (java.io.IOException e) {
            throw new IngestException(file, "cannot parse HTML: " + e.getMessage(), e);
        }
        String text = HtmlArticle.text(doc);
        if (text == null)
            throw new IngestException(file, "HTML page has no article text (only navigation or an empty body)");
        return new SourceDocument(file, name, text, charset, sha256(bytes));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private byte[] readBytes(Path file) throws IngestException {
        try {
            long size = Files.size(file);
            if (size > maxBytes)
                throw new IngestException(file, "file too large: " + size + " bytes, the limit is " + maxBytes);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < n; i++)
            if (bytes[i] == 0)
                return true;
        return false;
    }

    /** UTF-8 when the bytes are valid UTF-8 (the common case), otherwise the detector's guess. */
    private static Charset detect(Path file, byte[] bytes) throws IngestException {
        if (isValid(bytes, StandardCharsets.UTF_8))
            return StandardCharsets.UTF_8;
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || name.equals("UTF-8"))
            throw new IngestException(file, "not valid UTF-8 (truncated or corrupt?) and no other charset detected");
        // GB2312 and GBK are subsets of GB18030: decoding with the superset never loses a character.
        if (name.startsWith("GB") || name.equals("HZ-GB-2312"))
            return Charset.forName("GB18030");
        return Charset.forName(name);
    }

    private static boolean isValid(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(Path file, byte[] bytes, Charset charset) throws IngestException {
        try {
            return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(file, "cannot decode as " + charset.name() + ": " + e.getMessage(), e);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String sha256(byte[] bytes) {
        return Hashes.sha256(bytes);
    }
}
