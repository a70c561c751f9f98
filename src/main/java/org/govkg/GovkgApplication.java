package org.govkg;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The govkg server: web app, SPARQL endpoint and health check in one Spring Boot application. */
@SpringBootApplication
public class GovkgApplication {

    /** Starts the server; it runs until the JVM is stopped. */
    public static ConfigurableApplicationContext start(String store, int port, String bind, Path data, Path watch, String queryTimeout) {
        // As command-line arguments they outrank application.properties and the environment.
        return SpringApplication.run(GovkgApplication.class,
            "--govkg.store=" + store, "--govkg.data=" + data, "--server.port=" + port, "--server.address=" + bind,
            "--govkg.watch=" + (watch == null ? "" : watch.toString()), "--govkg.sparql.timeout=" + queryTimeout);
    }
}
