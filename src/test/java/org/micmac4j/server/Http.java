package org.micmac4j.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client of the workspace for the tests (java.net.http): what a script would do. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    final String base;
    final String token;

    Http(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** An answer. */
    record Answer(int status, byte[] body, Map<String, List<String>> headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    Answer send(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                URI.create(path.startsWith("http") ? path : base + (path.startsWith("/") ? path.substring(1) : path)))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request that only declares a large body (Content-Length) and sends none, over a raw socket:
     * the server must refuse it from the header alone (a client sending the whole body may see the
     * connection closed under it instead of the answer).
     *
     * @return the status and the body
     */
    Answer declaredLength(String path, long length, String type) {
        URI u = URI.create(base);
        try (java.net.Socket s = new java.net.Socket(u.getHost(), u.getPort())) {
            s.setSoTimeout(30_000);
            String req = "POST /" + path + " HTTP/1.1\r\nHost: " + u.getHost() + ":" + u.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                    + length + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(req.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(all.substring(9, 12));
            String body = all.substring(all.indexOf("\r\n\r\n") + 4);
            return new Answer(status, body.getBytes(StandardCharsets.UTF_8), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] json(Object o) {
        try {
            return JSON.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As the facilitator (Bearer token). */
    Answer facilitator(String method, String path, Object jsonBody) {
        return send(method, path, jsonBody == null ? null : json(jsonBody), "Authorization", "Bearer " + token,
                "Content-Type", "application/json");
    }

    Answer facilitatorBytes(String method, String path, byte[] body, String type) {
        return send(method, path, body, "Authorization", "Bearer " + token, "Content-Type", type);
    }

    /** As an expert: their link's secret is the last segment of the link. */
    Answer put(String secret, String from, String to, String value) {
        return send("PUT", "api/expert/" + secret + "/cells/" + enc(from) + "/" + enc(to),
                value == null ? "{\"value\":null}".getBytes(StandardCharsets.UTF_8) : json(Map.of("value", value)),
                "Content-Type", "application/json");
    }

    long createStudy(String title, List<Map<String, String>> variables) {
        Answer a = facilitator("POST", "api/studies", Map.of("title", title, "variables", variables));
        if (a.status() != 201) {
            throw new AssertionError(a.status() + " " + a.text());
        }
        return a.json().get("id").asLong();
    }

    /** @return the secret at the end of the new expert's link */
    String invite(long study, String name) {
        Answer a = facilitator("POST", "api/studies/" + study + "/experts", Map.of("name", name));
        if (a.status() != 201) {
            throw new AssertionError(a.status() + " " + a.text());
        }
        String link = a.json().get("link").asText();
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
