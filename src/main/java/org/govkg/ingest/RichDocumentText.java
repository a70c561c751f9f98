package org.govkg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Plain text of DOCX, DOC and PDF files, through Apache Tika. */
final class RichDocumentText {
    private final AutoDetectParser parser = new AutoDetectParser();

    String text(Path file, byte[] bytes, int maxChars) throws IngestException {
        Metadata metadata = new Metadata();
        // Tika needs the name to tell a DOCX from any other zip (it detects no type for bare bytes of some files)
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            throw new IngestException(file, "cannot read as " + metadata.get(Metadata.CONTENT_TYPE) + ": " + reason(e), e);
        }
        String text = handler.toString().replace("\r\n", "\n").replaceAll("\n\\s*\n", "\n").strip();
        if (text.isEmpty())
            throw new IngestException(file, "no text in the document (a scanned PDF?)");
        return rejoinWrappedLines(text) + "\n";
    }

    /**
     * What went wrong, for a user: the innermost cause's message (Tika wraps the parser's reason
     * in its own, "TIKA-198: Illegal IOException from …PDFParser@1a2b"), without class names.
     */
    static String reason(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause())
            if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
        if (message == null)
            return "damaged or not a document of its kind";
        String plain = message.lines().findFirst().orElse("")
            .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:@[0-9a-f]+)?", "")
            .replaceAll("^Error:\\s*", "").strip();
        return plain.isEmpty() ? "damaged or not a document of its kind" : plain.length() > 200 ? plain.substring(0, 200) + "…" : plain;
    }

    /**
     * PDF text breaks lines where the page did, even inside a name (某某县城市大 / 脑). A full line that
     * ends without closing punctuation continues on the next one.
     */
    static String rejoinWrappedLines(String text) {
        String[] lines = text.split("\n");
        int full = 0;
        for (String l : lines)
            full = Math.max(full, l.strip().length());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            out.append(line);
            boolean wrapped = full >= 20 && line.length() >= full - 3 && !line.matches(".*[。！？；：:;!?）)”]$");
            if (i + 1 < lines.length)
                out.append(wrapped ? "" : "\n");
        }
        return out.toString();
    }
}
