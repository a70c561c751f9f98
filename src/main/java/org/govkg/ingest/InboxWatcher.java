package org.govkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.govkg.resolve.Curation;
import org.govkg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code serve --watch DIR}: a folder the server looks into every few seconds, ingesting each
 * document that is new or changed once it has stopped growing (same size and time at two looks,
 * so a file still being copied is left alone). Names are paths relative to the folder, as for
 * {@code govkg ingest DIR}; unchanged content is skipped by its hash.
 */
@Component
public class InboxWatcher {
    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);
    static final long PERIOD_MS = 2000;

    private final KnowledgeStore store;
    private final Path inbox;
    private final Path curationFile;
    /** What each file looked like at the last look, and at its last ingest. */
    private final Map<Path, String> seen = new HashMap<>(), done = new HashMap<>();
    private ScheduledExecutorService timer;

    public InboxWatcher(KnowledgeStore store, @Value("${govkg.watch:}") String inbox, @Value("${govkg.data}") Path data) {
        this.store = store;
        this.inbox = inbox.isBlank() ? null : Path.of(inbox);
        this.curationFile = data.resolve("curation.tsv");
    }

    @EventListener
    void start(ApplicationReadyEvent event) throws IOException {
        if (inbox == null) return;
        Files.createDirectories(inbox);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "govkg-inbox");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::look, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
        log.info("watching {} for new documents every {} s", inbox, PERIOD_MS / 1000);
    }

    @EventListener
    void stop(ContextClosedEvent event) {
        if (timer != null) timer.shutdownNow();
    }

    private void look() {
        try {
            List<DocumentFile> files = Ingester.documents(List.of(inbox));
            Ingester ingester = null;
            for (DocumentFile f : files) {
                String state = Files.size(f.path()) + "@" + Files.getLastModifiedTime(f.path()).toMillis();
                String before = seen.put(f.path(), state);
                if (!state.equals(before) || state.equals(done.get(f.path()))) continue; // still changing, or done
                if (ingester == null) ingester = new Ingester(store, new DocumentReader(), Curation.read(curationFile));
                FileOutcome o = ingester.ingest(f);
                done.put(f.path(), state);
                if (o.status() == FileOutcome.Status.FAILED) log.error("{}: {}", f.path(), o.message());
                else log.info("{}: {}", f.path(), o.status() == FileOutcome.Status.INGESTED ? o.message() : "unchanged");
            }
        } catch (IOException | RuntimeException e) {
            // a folder that vanished or a file removed while looking: try again at the next look
            log.warn("inbox {}: {}", inbox, e.getMessage());
        }
    }
}
