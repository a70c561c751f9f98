package org.govkg.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Files made to exhaust or confuse a reader. The small ones are kept in
 * {@code src/test/resources/hostile/files} (written by {@link #main}, run again to rebuild them);
 * the ones too large for a repository or that git cannot hold portably (a 30 MB text, a 25 MB
 * line, names with quotes and newlines, a symbolic-link loop) are made by {@link #writeLarge} and
 * {@link #writeUnstorable} when a test runs.
 */
public final class HostileCorpus {
    static final Path STORED = Path.of("src/test/resources/hostile/files");

    private HostileCorpus() {}

    /** Writes the stored part of the corpus into {@code args[0]} (default {@link #STORED}). */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : STORED;
        Files.createDirectories(dir);
        writeStored(dir);
    }

    static void writeStored(Path dir) throws IOException {
        zipBomb(dir.resolve("zip-bomb.docx"), 200L << 20);
        nestedHtml(dir.resolve("nested-100000.html"), 100_000);
        giantPage(dir.resolve("giant-page.pdf"));
        contentBomb(dir.resolve("content-bomb.pdf"), 100L << 20);
        fontBomb(dir.resolve("font-bomb.pdf"), 200L << 20);
        mixedEncodings(dir.resolve("mixed-encodings.txt"));
        Files.writeString(dir.resolve("control-characters.txt"),
            "某某市\u0007人民政府\u001B[31m办公室关于成立某某工作领导小组的通知\u0000\n\u202E领导小组办公室设在某某市大数据管理局。\u001B]0;title\u0007\n");
        Files.writeString(dir.resolve("markup-in-names.txt"),
            "关于成立“<b>\"&'\\</b>”领导小组的通知\n某某市\"<A&B>\"数据局牵头，某某局\\配合。\n");
        Files.writeString(dir.resolve("right-to-left.txt"), "\u200F\u202B某某市\u202C数字政府\u2066建设\u2069领导小组\u061C成立。\n");
        Files.write(dir.resolve("random-bytes.txt"), random(64 << 10, 7));
        Files.write(dir.resolve("random-bytes.pdf"), random(64 << 10, 8));
        Files.write(dir.resolve("random-bytes.docx"), random(64 << 10, 9));
        Files.write(dir.resolve("not-a-zip.docx"), "某某市人民政府办公室".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("unclosed-tags.html"), "<html><body><div><p>某某市数据局<table><tr><td>某某县".repeat(2000));
        Files.write(dir.resolve("utf16-without-bom.txt"), "某某市人民政府关于某某工作的通知\n".getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(dir.resolve("one-long-list.txt"), "成员单位：" + "某某局、".repeat(50_000) + "某某办。\n");
        Files.writeString(dir.resolve("deep-brackets.txt"), "（".repeat(50_000) + "某某局" + "）".repeat(50_000) + "\n");
    }

    /** A 30 MB text over the size limit and a 25 MB text of one line under the limit's bytes but not its characters. */
    static void writeLarge(Path dir) throws IOException {
        byte[] sentence = "某某市推进数字政府建设，某某局牵头。\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dir.resolve("thirty-megabytes.txt"))) {
            for (long n = 0; n < 30L << 20; n += sentence.length) out.write(sentence);
        }
        byte[] words = "某某数据".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dir.resolve("one-line-25-megabytes.txt"))) {
            for (long n = 0; n < 25L << 20; n += words.length) out.write(words);
        }
    }

    /** Names with quotes, markup and a newline, and a folder whose link points back at itself. */
    static void writeUnstorable(Path dir) throws IOException {
        Files.writeString(dir.resolve("某\"<b>&'\\名\n称.txt"), "某某市大数据管理局关于某某工作的通知\n某某局牵头。\n");
        Path loop = Files.createDirectories(dir.resolve("loop"));
        Files.writeString(loop.resolve("inside.txt"), "某某县人民政府办公室关于某某工作的通知\n");
        Files.createSymbolicLink(loop.resolve("again"), Path.of(".."));
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static void zipBomb(Path f, long inflated) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] para = "<w:p><w:r><w:t>某某市数字政府建设领导小组</w:t></w:r></w:p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < inflated; written += para.length) zip.write(para);
        }
    }

    private static void nestedHtml(Path f, int depth) throws IOException {
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            byte[] open = "<div>".getBytes(StandardCharsets.UTF_8), close = "</div>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < depth; i++) out.write(open);
            out.write("某某市人民政府办公室关于成立某某工作领导小组的通知".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < depth; i++) out.write(close);
            out.write("</body></html>".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void giantPage(Path f) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage(new PDRectangle(14_400, 14_400)));
            pdf.save(f.toFile());
        }
    }

    private static InputStream repeated(byte[] unit, long size) {
        return new BufferedInputStream(new InputStream() {
            long i;
            @Override public int read() { return i < size ? unit[(int) (i++ % unit.length)] : -1; }
        }, 1 << 16);
    }

    private static void contentBomb(Path f, long size) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            page.setContents(new PDStream(pdf, repeated("0 0 m 1 1 l S\n".getBytes(StandardCharsets.US_ASCII), size), COSName.FLATE_DECODE));
            pdf.addPage(page);
            pdf.save(f.toFile());
        }
    }

    /** A page that uses a TrueType font whose embedded font file inflates to {@code size} bytes. */
    private static void fontBomb(Path f, long size) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            COSStream fontFile = pdf.getDocument().createCOSStream();
            try (OutputStream out = fontFile.createOutputStream(COSName.FLATE_DECODE); InputStream in = repeated(new byte[] {0, 1, 0, 0}, size)) {
                in.transferTo(out);
            }
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "Bomb");
            descriptor.setItem(COSName.FONT_FILE2, fontFile);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
            font.setName(COSName.BASE_FONT, "Bomb");
            font.setItem(COSName.FONT_DESC, descriptor);
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            COSDictionary resources = new COSDictionary();
            resources.setItem(COSName.FONT, fonts);
            page.getCOSObject().setItem(COSName.RESOURCES, resources);
            page.setContents(new PDStream(pdf, new java.io.ByteArrayInputStream(
                "BT /F1 12 Tf 72 720 Td (abc) Tj ET".getBytes(StandardCharsets.US_ASCII))));
            pdf.addPage(page);
            pdf.save(f.toFile());
        }
    }

    /** UTF-8 lines, then GBK lines, then a UTF-8 line again: no one encoding reads it all. */
    private static void mixedEncodings(Path f) throws IOException {
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("某某市人民政府办公室关于成立某某工作领导小组的通知\n".getBytes(StandardCharsets.UTF_8));
            out.write("领导小组办公室设在某某市大数据管理局。\n".getBytes(Charset.forName("GBK")));
            out.write("某某局牵头，某某委配合。\n".getBytes(StandardCharsets.UTF_8));
        }
    }
}
