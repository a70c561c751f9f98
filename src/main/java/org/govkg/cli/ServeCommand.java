package org.govkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.govkg.GovkgApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govkg serve}: the web app and the SPARQL endpoint on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Load the documents of the data folder (unchanged ones are skipped), then serve the web app, "
        + "SPARQL (/sparql, /update, /data), document upload (POST /documents) and /actuator/health on one port.",
        "Writing (SPARQL Update, uploads) needs an admin token: set GOVKG_ADMIN_TOKEN and send 'Authorization: Bearer <token>'.",
        "Example: govkg serve --port 8080 --store var/store --data data --query-timeout 10s"})
final class ServeCommand implements Callable<Integer> {
    private static volatile boolean serving;

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "${env:GOVKG_BIND:-127.0.0.1}",
        description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for every interface "
            + "(then put it behind the intranet's proxy or firewall). Also GOVKG_BIND.")
    String bind;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
        description = "Folder whose documents/ subfolder is loaded at start. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--watch", paramLabel = "DIR",
        description = "Also ingest documents that appear or change in DIR while the server runs (looked at every 2 s).")
    Path watch;

    @Option(names = "--query-timeout", paramLabel = "DURATION", defaultValue = "30s",
        description = "Cancel SPARQL queries running longer than this (HTTP 503). Default: ${DEFAULT-VALUE}.")
    String queryTimeout;

    static boolean isServing() {
        return serving;
    }

    @Override
    public Integer call() {
        GovkgApplication.start(store.store, port, bind, data, watch, queryTimeout);
        serving = true;
        return 0;
    }
}
