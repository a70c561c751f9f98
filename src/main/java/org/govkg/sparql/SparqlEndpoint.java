package org.govkg.sparql;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.govkg.store.EmbeddedStore;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.RemoteStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;

/**
 * Serves the store over the SPARQL 1.1 protocols on the web app's own port, with Fuseki's
 * dispatcher running as a servlet filter inside Spring's Tomcat: query at {@code /sparql}, update
 * at {@code /update} (admin token only), Graph Store Protocol read access at {@code /data} (and at
 * {@code /sparql}, as Fuseki offers it at a dataset's URL), {@code /data?default} as the union of
 * the document graphs, a service description at a bare {@code GET /sparql}, the result-format
 * parameters clients send, and CORS for the read-only endpoints. The
 * dataset is registered at Fuseki's root name {@code /}, so its endpoints are those paths.
 */
@Component
public class SparqlEndpoint implements ServletContextInitializer {
    public static final String QUERY = "sparql";
    public static final String UPDATE = "update";
    public static final String DATA = "data";

    private final KnowledgeStore store;
    private final Duration timeout;
    private final String adminToken;
    private final List<String> allowedOrigins;
    private final List<String> serviceAllowed;
    private final long maxRows;
    private final int perClient;
    private final Duration budget;
    private final int maxFailures;
    private final DataSize answerBuffer;

    public SparqlEndpoint(KnowledgeStore store, @Value("${govkg.sparql.timeout}") Duration timeout,
                          @Value("${govkg.admin-token:}") String adminToken,
                          @Value("${govkg.cors.allowed-origins:*}") List<String> allowedOrigins,
                          @Value("${govkg.sparql.service-allow:}") List<String> serviceAllowed,
                          @Value("${govkg.sparql.max-rows:100000}") long maxRows,
                          @Value("${govkg.sparql.per-client:4}") int perClient,
                          @Value("${govkg.sparql.budget-per-minute:60s}") Duration budget,
                          @Value("${govkg.admin-token.max-failures:10}") int maxFailures,
                          @Value("${govkg.sparql.answer-buffer:16MB}") DataSize answerBuffer) {
        this.answerBuffer = answerBuffer;
        this.maxFailures = maxFailures;
        this.maxRows = maxRows;
        this.perClient = perClient;
        this.budget = budget;
        this.serviceAllowed = serviceAllowed;
        this.store = store;
        this.timeout = timeout;
        this.adminToken = adminToken;
        this.allowedOrigins = allowedOrigins;
    }

    /**
     * Cross-origin reads (the public YASGUI page, notebooks in a browser) for the read-only
     * endpoints only: {@code /update} is never mapped, so a browser on another origin cannot write.
     */
    private CorsFilter corsFilter() {
        CorsConfiguration reads = new CorsConfiguration();
        reads.setAllowedOriginPatterns(allowedOrigins);
        reads.setAllowedMethods(List.of("GET", "HEAD", "POST", "OPTIONS"));
        reads.setAllowedHeaders(List.of("*"));
        reads.setExposedHeaders(List.of("Content-Type", "Content-Disposition", "Vary", QueryLimits.ROW_CAP_HEADER, "Retry-After"));
        reads.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", reads);
        return new CorsFilter(source);
    }

    @Override
    public void onStartup(ServletContext cxt) {
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        // in this order, each before the store's own protocol handler
        cxt.addFilter("govkg-cors", corsFilter())
            .addMappingForUrlPatterns(requests, false, "/" + QUERY, "/" + DATA, ServiceDescriptionFilter.DESCRIPTION, "/id/*", "/doc/*");
        cxt.addFilter("govkg-request-size", new RequestSizeFilter())
            .addMappingForUrlPatterns(requests, false, "/" + QUERY, "/" + UPDATE);
        cxt.addFilter("govkg-update-authorization", new UpdateAuthorizationFilter(adminToken, maxFailures))
            .addMappingForUrlPatterns(requests, false, "/" + UPDATE, "/documents");
        cxt.addFilter("govkg-update-load", new UpdateLoadFilter())
            .addMappingForUrlPatterns(requests, false, "/" + UPDATE);
        cxt.addFilter("govkg-federation", new FederationFilter(serviceAllowed))
            .addMappingForUrlPatterns(requests, false, "/" + QUERY);
        cxt.addFilter("govkg-query-limits", new QueryLimits(maxRows, perClient, budget))
            .addMappingForUrlPatterns(requests, false, "/" + QUERY);
        cxt.addFilter("govkg-result-format", new ResultFormatParameters())
            .addMappingForUrlPatterns(requests, false, "/" + QUERY, "/" + DATA);
        if (store instanceof EmbeddedStore embedded)
            serveInProcess(cxt, embedded.datasetGraph(), requests);
        else if (store instanceof RemoteStore remote)
            forward(cxt, remote, requests);
    }

    /** Fuseki's dispatcher over the dataset in this process. */
    private void serveInProcess(ServletContext cxt, DatasetGraph dsg, EnumSet<DispatcherType> requests) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        FederationGuard.install(dsg.getContext(), serviceAllowed);
        DataService service = DataService.newBuilder(dsg)
            .addEndpoint(Operation.Query, QUERY)
            // so that a client given only /sparql (RDFConnection.connect) can also fetch graphs there
            .addEndpoint(Operation.GSP_R, QUERY)
            .addEndpoint(Operation.Update, UPDATE)
            .addEndpoint(Operation.GSP_R, DATA)
            .build();
        OperationRegistry operations = OperationRegistry.createStd();
        service.setEndpointProcessors(operations);
        service.goActive();
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        registry.register(new DataAccessPoint("/", service));
        OperationRegistry.set(cxt, operations);
        DataAccessPointRegistry.set(cxt, registry);
        Fuseki.setVerbose(cxt, false);
        cxt.addFilter("govkg-graph-store-reads", new GraphStoreReads(dsg))
            .addMappingForUrlPatterns(requests, false, "/" + QUERY, "/" + DATA);
        cxt.addFilter("govkg-service-description", new ServiceDescriptionFilter())
            .addMappingForUrlPatterns(requests, false, "/" + QUERY);
        cxt.addFilter("govkg-complete-answers", new CompleteAnswers((int) Math.min(Integer.MAX_VALUE - 8, answerBuffer.toBytes()), timeout))
            .addMappingForUrlPatterns(requests, false, "/" + QUERY);
        cxt.addFilter("fuseki", new FusekiFilter())
            .addMappingForUrlPatterns(requests, true, "/" + QUERY, "/" + UPDATE, "/" + DATA);
    }

    /** The same endpoints passed on to the remote store's services. */
    private void forward(ServletContext cxt, RemoteStore remote, EnumSet<DispatcherType> requests) {
        cxt.addFilter("govkg-service-description", new ServiceDescriptionFilter())
            .addMappingForUrlPatterns(requests, false, "/" + QUERY);
        cxt.addFilter("govkg-forwarding", new SparqlForwarding(remote.endpoints(), remote.httpClient(), timeout))
            .addMappingForUrlPatterns(requests, false, "/" + QUERY, "/" + UPDATE, "/" + DATA);
    }
}
