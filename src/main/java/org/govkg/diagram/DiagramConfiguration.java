package org.govkg.diagram;

import org.govkg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server's diagram service, on the layout engine {@code govkg.diagram.engine} names (auto by default). */
@Configuration
public class DiagramConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(DiagramConfiguration.class);

    @Bean
    Diagrams diagrams(KnowledgeStore store, @Value("${govkg.diagram.engine:auto}") String engine) {
        LayoutEngine e = LayoutEngine.named(engine);
        LOG.info("Diagrams are laid out with {}", e.name());
        return new Diagrams(store, e);
    }
}
