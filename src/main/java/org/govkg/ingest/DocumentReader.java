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
        Charset charset = utf16(bytes);
        if (charset == null && looksBinary(bytes))
            throw new IngestException(file, "binary file (contains NUL bytes), not a text document");
        if (charset == null)
            charset = detect(file, bytes);
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

    /**
     * UTF-16, with or without a byte-order mark (what some editors save as "Unicode"): every NUL
     * byte on one side of the code units, not valid UTF-8 (a UTF-8 text with a stray NUL is
     * binary, not UTF-16), and the whole file decodes to text without control characters.
     * Otherwise null, and NUL bytes mean a binary file.
     */
    private static Charset utf16(byte[] bytes) {
        if (bytes.length < 2 || bytes.length % 2 != 0 || isValid(bytes, StandardCharsets.UTF_8))
            return null;
        int even = 0, odd = 0;
        for (int i = 0; i < bytes.length; i++)
            if (bytes[i] == 0) {
                if (i % 2 == 0) even++;
                else odd++;
            }
        Charset cs = odd > 0 && even == 0 ? StandardCharsets.UTF_16LE : even > 0 && odd == 0 ? StandardCharsets.UTF_16BE : null;
        if (cs == null || !isValid(bytes, cs))
            return null;
        String text = new String(bytes, cs);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                return null;
        }
        return cs;
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

    /** The text in {@code charset}; a byte that is not valid there is reported by line and offset. */
    private static String decode(Path file, byte[] bytes, Charset charset) throws IngestException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate((int) Math.ceil(bytes.length * (double) charset.newDecoder().maxCharsPerByte()) + 1);
        java.nio.charset.CharsetDecoder decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (!result.isError())
            result = decoder.flush(out);
        if (result.isError()) {
            int at = in.position();
            String where = String.format(java.util.Locale.ROOT, "not valid %s at line %d (byte 0x%02X at offset %d)",
                charset.name(), lineAt(bytes, at), bytes[at] & 0xFF, at);
            int utf8 = charset.equals(StandardCharsets.UTF_8) ? -1 : firstInvalid(bytes, StandardCharsets.UTF_8);
            if (utf8 >= 0)
                where += String.format(java.util.Locale.ROOT, " nor UTF-8 at line %d", lineAt(bytes, utf8));
            throw new IngestException(file, where + ": the file mixes encodings or is damaged; save it in one encoding (UTF-8)");
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++)
            if (bytes[i] == '\n') line++;
        return line;
    }

    /** Offset of the first byte that is not valid in {@code charset}, or -1. */
    private static int firstInvalid(byte[] bytes, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String sha256(byte[] bytes) {
        return Hashes.sha256(bytes);
    }
}
