package org.govkg.store;

import java.io.IOException;
import java.io.Reader;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Where a remote store's SPARQL 1.1 services are, and who to be there. From a dataset URL the
 * Fuseki layout is assumed ({@code …/sparql}, {@code …/update}, {@code …/data}); a properties file
 * named by {@code GOVKG_STORE_CONFIG} may give {@code query}, {@code update} and {@code data} URLs
 * of another server's layout, and {@code user} and {@code password}; the environment variables
 * {@code GOVKG_STORE_USER} and {@code GOVKG_STORE_PASSWORD} take precedence. Credentials are
 * never taken from the command line, and {@link #toString()} never shows them.
 */
public final class RemoteEndpoints {
    public static final String CONFIG_VARIABLE = "GOVKG_STORE_CONFIG";
    public static final String USER_VARIABLE = "GOVKG_STORE_USER";
    public static final String PASSWORD_VARIABLE = "GOVKG_STORE_PASSWORD";

    private final String dataset, query, update, data;
    private final PasswordAuthentication credentials;

    private RemoteEndpoints(String dataset, String query, String update, String data, PasswordAuthentication credentials) {
        this.dataset = dataset;
        this.query = query;
        this.update = update;
        this.data = data;
        this.credentials = credentials;
    }

    /** True when {@code store} names a remote store rather than a directory. */
    public static boolean isUrl(String store) {
        return store.startsWith("http://") || store.startsWith("https://");
    }

    /**
     * The services of the dataset at {@code url}, with settings from {@code env} (the process
     * environment, or a map in tests).
     */
    public static RemoteEndpoints of(String url, Map<String, String> env) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a store URL: " + url);
        }
        if (uri.getHost() == null)
            throw new IllegalArgumentException("not a store URL (no host): " + url);
        if (uri.getRawUserInfo() != null)
            throw new IllegalArgumentException("a user name or password in the store URL is refused (command lines are visible to "
                + "every user of the machine); give them in " + USER_VARIABLE + " and " + PASSWORD_VARIABLE + " instead");
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        Properties file = new Properties();
        String configFile = env.get(CONFIG_VARIABLE);
        if (configFile != null && !configFile.isBlank()) {
            try (Reader r = Files.newBufferedReader(Path.of(configFile), StandardCharsets.UTF_8)) {
                file.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the store settings " + configFile + " (" + CONFIG_VARIABLE + "): " + e.getMessage());
            }
        }
        String user = first(env.get(USER_VARIABLE), file.getProperty("user"));
        String password = first(env.get(PASSWORD_VARIABLE), file.getProperty("password"));
        PasswordAuthentication credentials = user == null ? null
            : new PasswordAuthentication(user, password == null ? new char[0] : password.toCharArray());
        return new RemoteEndpoints(base, file.getProperty("query", base + "/sparql"),
            file.getProperty("update", base + "/update"), file.getProperty("data", base + "/data"), credentials);
    }

    /** A govkg server's own endpoints ({@code base} ends in /), read without credentials. */
    static RemoteEndpoints ofGovkgServer(URI base) {
        return new RemoteEndpoints(base.toString(), base.resolve("sparql").toString(), null, base.resolve("data").toString(), null);
    }

    private static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }

    public String query() { return query; }

    /** The update service, or null for a store only read. */
    public String update() { return update; }

    /** The Graph Store Protocol service. */
    public String data() { return data; }

    public boolean hasCredentials() { return credentials != null; }

    /**
     * Adds the configured user to a request up front (HTTP basic), so that a large body is not sent
     * once for the server's challenge and again with the answer.
     */
    public java.net.http.HttpRequest.Builder authorize(java.net.http.HttpRequest.Builder request) {
        if (credentials == null) return request;
        String pair = credentials.getUserName() + ":" + new String(credentials.getPassword());
        return request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** An HTTP client that answers the server's authentication challenges with the configured user. */
    public HttpClient httpClient() {
        // HTTP/1.1: SPARQL servers speak it, and the JDK's attempt to upgrade each plain-HTTP request to HTTP/2 costs a round trip
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL);
        if (credentials != null)
            b.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return credentials;
                }
            });
        return b.build();
    }

    /** The dataset URL, for messages: never with credentials. */
    @Override
    public String toString() {
        return dataset;
    }
}
