package org.govkg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks that turn a file built to exhaust the reader into a one-line error before it is parsed:
 * a DOCX whose parts inflate far beyond its size (a zip bomb), HTML nested deeper than any page
 * (whose parsing and article search grow with the square of the depth), a PDF with a giant page
 * or page contents that decode to gigabytes, and a text longer than extraction can hold in
 * memory. Each check is linear in what it reads and stops at its bound.
 */
final class InputBounds {
    /** Most bytes a DOCX's parts may inflate to, all together. */
    static final long MAX_INFLATED = 64L * 1024 * 1024;
    /** Deepest element nesting accepted in a web page; real pages stay under a hundred. */
    static final int MAX_HTML_DEPTH = 1000;
    /** Longest document text extraction takes, in characters (a national five-year plan has under 100,000). */
    static final int MAX_TEXT_CHARS = 2_500_000;

    /** HTML elements that never have content, so they open no level. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr", "!doctype");

    private InputBounds() {}

    /** Refuses a zip-based document (DOCX) whose parts inflate to more than {@link #MAX_INFLATED}. */
    static void checkInflatedSize(Path file, byte[] bytes) throws IngestException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                // the sizes a zip declares can lie: count what actually comes out
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_INFLATED)
                        throw new IngestException(file, "its compressed parts expand to more than " + MAX_INFLATED / (1024 * 1024)
                            + " MB (a zip bomb?); not read");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8 (found by fuzzing)
            throw new IngestException(file, "not a readable DOCX (zip): " + e.getMessage(), e);
        }
    }

    /** Refuses HTML whose elements nest deeper than {@link #MAX_HTML_DEPTH}, by a scan of its tags. */
    static void checkHtmlDepth(Path file, byte[] bytes) throws IngestException {
        int depth = 0, deepest = 0;
        int n = bytes.length;
        for (int i = 0; i < n; i++) {
            if (bytes[i] != '<' || i + 1 >= n) continue;
            boolean closing = bytes[i + 1] == '/';
            int start = closing ? i + 2 : i + 1;
            int end = start;
            while (end < n && isNameByte(bytes[end])) end++;
            if (end == start) continue;
            String name = new String(bytes, start, end - start, java.nio.charset.StandardCharsets.US_ASCII).toLowerCase(java.util.Locale.ROOT);
            int close = end;
            while (close < n && bytes[close] != '>') close++;
            boolean selfClosing = close > 0 && close < n && bytes[close - 1] == '/';
            if (closing) depth = Math.max(0, depth - 1);
            else if (!selfClosing && !VOID.contains(name)) depth++;
            if (depth > deepest) deepest = depth;
            if (deepest > MAX_HTML_DEPTH)
                throw new IngestException(file, "HTML nested more than " + MAX_HTML_DEPTH + " levels deep; not a page anyone wrote, not read");
            i = close;
        }
    }

    /** Largest page accepted, in square points (A0 is 2384 × 3370); beyond it PDF text extraction can take gigabytes. */
    static final double MAX_PDF_PAGE_AREA = 5000.0 * 5000.0;
    /** Most bytes a PDF's page contents may decode to, all pages together. */
    static final long MAX_PDF_CONTENT = 64L * 1024 * 1024;

    /**
     * Refuses a PDF with a page larger than {@link #MAX_PDF_PAGE_AREA}, or whose streams decode to
     * more than {@link #MAX_PDF_CONTENT} together: page contents, fonts, character maps, forms,
     * everything text extraction may decode. Images are left out: extraction never decodes them,
     * and a scanned page is large for a good reason. Decoded bytes are counted as they stream, so
     * a bomb is stopped at the limit, not after it inflated. A PDF that PDFBox cannot open at all
     * is left to the text reader, which reports why.
     */
    static void checkPdf(Path file, byte[] bytes) throws IngestException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            int n = 0;
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                n++;
                org.apache.pdfbox.pdmodel.common.PDRectangle box = page.getMediaBox();
                if ((double) box.getWidth() * box.getHeight() > MAX_PDF_PAGE_AREA)
                    throw new IngestException(file, String.format(java.util.Locale.ROOT,
                        "page %d is %.0f × %.0f points, larger than any printed page; not read", n, box.getWidth(), box.getHeight()));
            }
            long total = 0;
            byte[] buffer = new byte[1 << 16];
            org.apache.pdfbox.cos.COSDocument cos = pdf.getDocument();
            for (org.apache.pdfbox.cos.COSObjectKey key : new java.util.ArrayList<>(cos.getXrefTable().keySet())) {
                if (!(cos.getObjectFromPool(key).getObject() instanceof org.apache.pdfbox.cos.COSStream stream)
                    || org.apache.pdfbox.cos.COSName.IMAGE.equals(stream.getCOSName(org.apache.pdfbox.cos.COSName.SUBTYPE)))
                    continue;
                try (java.io.InputStream in = stream.createInputStream()) {
                    for (int k = in.read(buffer); k > 0; k = in.read(buffer)) {
                        total += k;
                        if (total > MAX_PDF_CONTENT)
                            throw new IngestException(file, "its page contents and fonts decode to more than " + MAX_PDF_CONTENT / (1024 * 1024)
                                + " MB (a PDF bomb?); not read");
                    }
                } catch (IOException e) {
                    // a damaged stream: text extraction skips it as well
                }
            }
        } catch (IOException | RuntimeException e) {
            // not openable here (damaged, encrypted): the text reader gives the reason
        }
    }

    /** Refuses a document text longer than {@link #MAX_TEXT_CHARS}. */
    static void checkTextLength(Path file, String text) throws IngestException {
        if (text.length() > MAX_TEXT_CHARS)
            throw new IngestException(file, "text of " + text.length() + " characters, longer than the " + MAX_TEXT_CHARS
                + " that extraction takes; split the document");
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '!' || b == '-' || b == ':';
    }
}
