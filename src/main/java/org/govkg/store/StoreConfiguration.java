package org.govkg.store;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server's store: TDB2 in the directory {@code govkg.store}, or in memory when it is {@code memory}. */
@Configuration
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedStore store(@Value("${govkg.store}") String location) {
        return location.equals("memory") ? EmbeddedStore.inMemory() : EmbeddedStore.open(Path.of(location));
    }
}
