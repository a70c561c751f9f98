package org.govkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The file {@code server.url} in a store directory, written by a server while it holds the store:
 * it tells a command that finds the store locked where the same data can be read instead.
 */
public final class ServerMarker {
    static final String FILE = "server.url";

    private ServerMarker() {}

    /** Records that the server at {@code base} (ending in /) holds the store in {@code dir}. */
    public static void write(Path dir, URI base) {
        try {
            Path tmp = dir.resolve(FILE + ".tmp");
            Files.writeString(tmp, base + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }

    /** Removes the marker when the server stops. */
    public static void delete(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException e) {
            // a stale marker is harmless: readers check that the server answers
        }
    }

    /** The base URL of the server holding {@code dir}, when a marker is there and the server answers. */
    public static Optional<URI> liveServer(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file))
            return Optional.empty();
        try {
            URI base = URI.create(Files.readString(file, StandardCharsets.UTF_8).strip());
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<Void> health = client.send(
                HttpRequest.newBuilder(base.resolve("actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
            return health.statusCode() == 200 ? Optional.of(base) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
