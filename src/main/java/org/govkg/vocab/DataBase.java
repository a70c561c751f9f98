package org.govkg.vocab;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The configured base of minted entity and document IRIs: {@code GOVKG_BASE_IRI} in the
 * environment, or {@code -Dgovkg.base-iri}, an absolute http(s) IRI ending in {@code /}
 * (one is added when missing). A store keeps the IRIs it was loaded with, so the base is chosen
 * before the first ingest.
 */
public final class DataBase {
    static final String ENVIRONMENT = "GOVKG_BASE_IRI";
    static final String PROPERTY = "govkg.base-iri";

    private DataBase() {}

    /** The configured base, or {@link GKG#BASE}; {@link IllegalArgumentException} when it is not a usable IRI. */
    public static String configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) value = System.getenv(ENVIRONMENT);
        if (value == null || value.isBlank()) return GKG.BASE;
        return validated(value.strip());
    }

    static String validated(String base) {
        String b = base.endsWith("/") ? base : base + "/";
        try {
            URI uri = new URI(b);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null)
                throw new URISyntaxException(b, "not an http(s) IRI with a host and no query or fragment");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(ENVIRONMENT + "=" + base + " is not a usable base IRI: " + e.getReason()
                + " (example: https://data.example.gov.cn/)");
        }
        return b;
    }
}
