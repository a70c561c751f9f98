package org.govkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader();

    static Path fixture(String name) throws Exception {
        return Paths.get(DocumentReaderTest.class.getResource("/documents/" + name).toURI());
    }

    @Test
    void utf8DocumentIsReadVerbatim() throws Exception {
        SourceDocument doc = reader.read(fixture("group-notice-utf8.txt"));
        assertThat(doc.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(doc.text()).startsWith("关于成立某某市智慧城市建设领导小组的通知");
        assertThat(doc.contentHash()).hasSize(64);
    }

    @Test
    void gbkEncodedFileIsDecoded() throws Exception {
        SourceDocument doc = reader.read(fixture("notice-gbk.txt"));
        assertThat(doc.charset().name()).isEqualTo("GB18030");
        assertThat(doc.text()).contains("县大数据中心牵头起草了《某某县政务数据共享管理办法》");
    }

    @Test
    void emptyFileIsRefusedWithItsReason() throws Exception {
        assertThatThrownBy(() -> reader.read(fixture("empty.txt")))
            .isInstanceOf(IngestException.class).hasMessage("empty file");
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        assertThatThrownBy(() -> reader.read(fixture("binary.txt")))
            .isInstanceOf(IngestException.class).hasMessageContaining("binary file");
    }

    @Test
    void truncatedUtf8IsRefusedRatherThanGuessed() throws Exception {
        assertThatThrownBy(() -> reader.read(fixture("truncated-utf8.txt")))
            .isInstanceOf(IngestException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void oversizedFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "政".repeat(1000));
        assertThatThrownBy(() -> new DocumentReader(100).read(big))
            .isInstanceOf(IngestException.class).hasMessageContaining("file too large");
    }

    @Test
    void sameBytesGiveTheSameHashAndOtherBytesAnother(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "红河州科学技术局");
        Path b = Files.writeString(dir.resolve("b.txt"), "红河州科学技术局");
        Path c = Files.writeString(dir.resolve("c.txt"), "红河州科技局");
        assertThat(reader.read(a).contentHash()).isEqualTo(reader.read(b).contentHash())
            .isNotEqualTo(reader.read(c).contentHash());
    }
}
