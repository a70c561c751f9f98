package org.govkg.sparql;

import java.util.List;

import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Keeps {@code SERVICE <…>} from turning the endpoint into a client of arbitrary hosts (SSRF):
 * federated queries go only to endpoints whose IRI starts with one of the allowed prefixes, and
 * with none allowed (the default) to nowhere. The check runs where ARQ executes SERVICE, so no
 * request leaves the server for a refused IRI, whatever protocol path the query came by.
 */
public final class FederationGuard {
    private FederationGuard() {}

    /** Installs the guard in {@code context} (the served dataset's). */
    public static void install(Context context, List<String> allowedPrefixes) {
        List<String> allowed = allowedPrefixes.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get(context));
        registry.addSingleLink((opExecute, original, binding, execCxt, chain) -> {
            String iri = opExecute.getService().isURI() ? opExecute.getService().getURI() : String.valueOf(opExecute.getService());
            if (allowed.stream().noneMatch(iri::startsWith))
                throw new QueryExecException(refusal(iri, allowed));
            return chain.createExecution(opExecute, original, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }

    static String refusal(String iri, List<String> allowed) {
        return "SERVICE <" + iri + "> refused: " + (allowed.isEmpty()
            ? "federated queries are disabled on this server (GOVKG_SERVICE_ALLOW lists the endpoints it may call)"
            : "not among the endpoints this server may call");
    }
}
