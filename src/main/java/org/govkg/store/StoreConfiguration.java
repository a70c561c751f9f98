package org.govkg.store;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's store, from {@code govkg.store}: {@code memory}, a TDB2 directory, or the URL of a
 * SPARQL server's dataset (credentials from the environment, see {@link RemoteEndpoints}).
 */
@Configuration
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    KnowledgeStore store(@Value("${govkg.store}") String location) {
        if (location.equals("memory")) return EmbeddedStore.inMemory();
        if (RemoteEndpoints.isUrl(location)) return RemoteStore.open(location, System.getenv());
        return EmbeddedStore.open(Path.of(location));
    }
}
