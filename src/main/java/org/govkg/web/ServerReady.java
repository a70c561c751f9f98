package org.govkg.web;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govkg.store.ServerMarker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the server answers: prints one line with its URLs, and leaves a {@link ServerMarker} in
 * the store directory so that the read-only commands, finding the store locked, read through
 * this server instead. The marker goes when the server stops.
 */
@Component
class ServerReady {
    private final String store;
    private final String address;

    ServerReady(@Value("${govkg.store}") String store, @Value("${server.address:}") String address) {
        this.store = store;
        this.address = address;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web))
            return;
        // loopback and "every interface" are both reached as localhost here; another address as itself
        boolean local = address.isEmpty() || address.equals("0.0.0.0") || address.equals("::") || address.startsWith("127.");
        String host = local ? "localhost" : address.contains(":") ? "[" + address + "]" : address;
        URI base = URI.create("http://" + host + ":" + web.getWebServer().getPort() + "/");
        Path dir = storeDirectory();
        if (dir != null)
            ServerMarker.write(dir, base);
        System.out.println("govkg: ready. Web app " + base + " · SPARQL endpoint " + base.resolve("sparql")
            + " · Graph Store " + base.resolve("data")
            + (org.govkg.store.RemoteEndpoints.isUrl(store) ? " · store " + store : "") + " (Ctrl-C stops)");
        System.out.flush();
    }

    @EventListener
    void closing(ContextClosedEvent event) {
        Path dir = storeDirectory();
        if (dir != null)
            ServerMarker.delete(dir);
    }

    private Path storeDirectory() {
        if (store.equals("memory") || org.govkg.store.RemoteEndpoints.isUrl(store)) return null;
        Path dir = Path.of(store);
        return Files.isDirectory(dir) ? dir : null;
    }
}
