package org.govkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govkg.ingest.DocumentFile;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.FileOutcome;
import org.govkg.store.StoreUnavailableException;
import org.govkg.ingest.Ingester;
import org.govkg.resolve.Curation;
import org.govkg.store.KnowledgeStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /documents}: documents sent to the running server (multipart field {@code file},
 * repeatable; the admin token as for {@code /update}, checked by {@code UpdateAuthorizationFilter}),
 * each ingested as {@code govkg ingest} would, in its own transaction, so readers see a document
 * whole or not at all. The answer lists every file with its outcome.
 */
@RestController
class DocumentUploadController {
    private final KnowledgeStore store;
    private final Path curationFile;

    DocumentUploadController(KnowledgeStore store, @Value("${govkg.data}") Path data) {
        this.store = store;
        this.curationFile = data.resolve("curation.tsv");
    }

    /** The name a client gives (a path relative to its folder, as ingest names files), without any way out of it. */
    static String documentName(String given) {
        if (given == null || given.isBlank()) return "upload.txt";
        List<String> parts = new ArrayList<>();
        for (String p : given.replace('\\', '/').split("/"))
            if (!p.isEmpty() && !p.equals(".") && !p.equals("..")) parts.add(p.replaceAll("\\p{Cntrl}", ""));
        return parts.isEmpty() ? "upload.txt" : String.join("/", parts);
    }

    @PostMapping(value = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> upload(@RequestParam("file") List<MultipartFile> files) throws IOException {
        Ingester ingester = new Ingester(store, new DocumentReader(), Curation.read(curationFile));
        List<Map<String, Object>> outcomes = new ArrayList<>();
        int failed = 0;
        boolean unavailable = false;
        Path dir = Files.createTempDirectory("govkg-upload");
        try {
            for (MultipartFile f : files) {
                String name = documentName(f.getOriginalFilename());
                // the name only names the document (its IRI); the bytes go to a file of our choosing
                Path local = dir.resolve(outcomes.size() + "-" + Path.of(name).getFileName());
                try (InputStream in = f.getInputStream()) {
                    Files.copy(in, local);
                }
                FileOutcome o;
                try {
                    o = ingester.ingest(new DocumentFile(local, name, null));
                } catch (StoreUnavailableException e) {
                    unavailable = true;
                    o = new FileOutcome(local, FileOutcome.Status.FAILED, "not stored: " + e.getMessage(), 0, List.of());
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", name);
                m.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
                m.put("message", o.message());
                m.put("triples", o.triples());
                m.put("shaclViolations", o.violations().size());
                outcomes.add(m);
                if (o.status() == FileOutcome.Status.FAILED) failed++;
                Files.deleteIfExists(local);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("files", outcomes);
        body.put("failed", failed);
        return ResponseEntity.status(unavailable ? 503 : failed == files.size() && failed > 0 ? 422 : 200).body(body);
    }
}
