package org.govkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.govkg.store.EmbeddedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to exhaust a reader, generated here (so the repository holds no bombs): each gets a
 * one-line reason or is read safely, quickly, and the good file after them still goes in.
 */
class HostileFilesTest {
    private final EmbeddedStore store = EmbeddedStore.inMemory();
    private final Ingester ingester = new Ingester(store, new DocumentReader());

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    /** A DOCX whose document.xml inflates to about 200 MB from well under 1 MB. */
    private Path zipBomb() throws Exception {
        Path f = dir.resolve("a-bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] para = "<w:p><w:r><w:t>某某市数字政府建设领导小组</w:t></w:r></w:p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 200L * 1024 * 1024; written += para.length) zip.write(para);
        }
        return f;
    }

    private Path nestedHtml(int depth) throws Exception {
        Path f = dir.resolve("b-nested.html");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            byte[] open = "<div>".getBytes(StandardCharsets.UTF_8), close = "</div>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < depth; i++) out.write(open);
            out.write("某某市人民政府办公室关于成立某某工作领导小组的通知".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < depth; i++) out.write(close);
            out.write("</body></html>".getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    /** A PDF whose one page is 14,400 points square. */
    private Path giantPage() throws Exception {
        Path f = dir.resolve("f-giant-page.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(14_400, 14_400)));
            pdf.save(f.toFile());
        }
        return f;
    }

    /** A PDF whose page contents decode to about 100 MB from well under 1 MB. */
    private Path contentBomb() throws Exception {
        Path f = dir.resolve("g-content-bomb.pdf");
        byte[] op = "0 0 m 1 1 l S\n".getBytes(StandardCharsets.US_ASCII);
        long size = 100L * 1024 * 1024;
        java.io.InputStream lines = new java.io.InputStream() {
            long i;
            @Override public int read() { return i < size ? op[(int) (i++ % op.length)] : -1; }
        };
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(pdf, new java.io.BufferedInputStream(lines, 1 << 16),
                org.apache.pdfbox.cos.COSName.FLATE_DECODE));
            pdf.addPage(page);
            pdf.save(f.toFile());
        }
        return f;
    }

    @Test
    void pdfsWithAGiantPageOrExplodingContentsAreRefusedInOneLine() throws Exception {
        Path good = Files.copy(DocumentReaderTest.fixture("work-summary.pdf"), dir.resolve("h-good.pdf"));
        List<FileOutcome> outcomes = ingester.ingest(List.of(giantPage(), contentBomb(), good), o -> { });
        assertThat(outcomes.get(0).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(0).message()).contains("14400 × 14400 points");
        assertThat(outcomes.get(1).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(1).message()).contains("decode to more than 64 MB");
        assertThat(outcomes.get(2).status()).isEqualTo(FileOutcome.Status.INGESTED);
    }

    @Test
    void bombsAndDeepNestingGetAOneLineReasonAndTheBatchGoesOn() throws Exception {
        List<Path> batch = new ArrayList<>();
        batch.add(zipBomb());
        batch.add(nestedHtml(100_000));
        Path longText = dir.resolve("c-long.txt");
        Files.writeString(longText, "某某市推进数字政府建设。".repeat(250_000)); // 3 M characters (9 MB), under the size limit
        batch.add(longText);
        Path hostile = dir.resolve("d-hostile.txt");
        Files.writeString(hostile, "关于成立“<script>alert(1)</script>&\\\"”领导小组的通知\n\u202E某某市\u0007人民政府\u001B[31m办公室\n"
            + "领导小组办公室设在某某市发展和改革委员会。\n");
        batch.add(hostile);
        Path good = Files.copy(DocumentReaderTest.fixture("group-notice-utf8.txt"), dir.resolve("e-good.txt"));
        batch.add(good);

        long start = System.nanoTime();
        List<FileOutcome> outcomes = ingester.ingest(batch, o -> { });
        long ms = (System.nanoTime() - start) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("hostile batch of %d files: %d ms, heap used after %d MB%n", batch.size(), ms, (rt.totalMemory() - rt.freeMemory()) >> 20);

        assertThat(outcomes.get(0).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(0).message()).contains("zip bomb");
        assertThat(outcomes.get(1).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(1).message()).contains("levels deep");
        assertThat(outcomes.get(2).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(2).message()).contains("longer than the");
        assertThat(outcomes.get(3).status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(outcomes.get(4).status()).isEqualTo(FileOutcome.Status.INGESTED);
        for (FileOutcome o : outcomes) assertThat(o.message()).doesNotContain("\n").doesNotContain("Exception");
        String stored = new DocumentReader().read(hostile).text();
        assertThat(stored).contains("<script>alert(1)</script>", "某某市人民政府办公室").doesNotContain("\u001B", "\u0007", "\u202E", "[31m");
    }
}
