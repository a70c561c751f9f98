package org.govkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.govkg.diagram.NodeType;
import org.govkg.search.EntitySearch;
import org.govkg.store.EmbeddedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup restores to a store that holds the same quads and answers search as the original. */
class BackupRestoreTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    private static DatasetGraph exported(Path store) throws Exception {
        try (EmbeddedStore es = EmbeddedStore.open(store)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            es.export(out, Lang.NQUADS);
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.NQUADS).parse(dsg);
            return dsg;
        }
    }

    @Test
    void aRestoredBackupHoldsTheSameGraphsAndFindsTheSameEntities() throws Exception {
        Path original = dir.resolve("store");
        assertThat(Cli.run(PROJECT, "ingest", "--store", original.toString(), "data/documents").exit()).isZero();
        Path snapshot = dir.resolve("backups/kg.nq.gz");
        Cli.Result backup = Cli.run(PROJECT, "backup", "--store", original.toString(), "--out", snapshot.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(Files.size(snapshot)).isPositive();
        try (var files = Files.list(snapshot.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("kg.nq.gz");
        }

        Path restored = dir.resolve("restored");
        Cli.Result restore = Cli.run(PROJECT, "restore", snapshot.toString(), "--store", restored.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("restored ");

        DatasetGraph a = exported(original), b = exported(restored);
        assertThat(org.apache.jena.atlas.iterator.Iter.count(b.find())).isEqualTo(org.apache.jena.atlas.iterator.Iter.count(a.find())).isGreaterThan(1000);
        assertThat(IsoMatcher.isomorphic(a, b)).isTrue();
        try (EmbeddedStore es = EmbeddedStore.open(restored)) {
            assertThat(new EntitySearch(es).search("数字红河", NodeType.LEADERSHIP_GROUP, 5))
                .extracting(EntitySearch.Hit::label).contains("建设“数字红河”领导小组");
        }

        Cli.Result again = Cli.run(PROJECT, "restore", snapshot.toString(), "--store", restored.toString());
        assertThat(again.exit()).isNotZero();
        assertThat(again.err()).contains("already holds data");
    }
}
