package org.micmac4j.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.micmac4j.server.study.WorkspaceException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/** JSON in and out: strict parsing, and refusals that name the field. */
final class Json {
    /** Largest JSON body (a study of 200 variables with long descriptions fits). */
    static final int BODY_MAX = 2 << 20;
    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        MAPPER.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20)
                .maxStringLength(BODY_MAX).build());
    }

    private Json() {
    }

    /**
     * @param ctx the request
     * @return its body as a JSON object
     */
    static ObjectNode object(Context ctx) {
        Bodies.requireSize(ctx, BODY_MAX);
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw WorkspaceException.badRequest("body: a JSON object is required");
        }
        try {
            JsonNode n = MAPPER.readTree(body);
            if (!(n instanceof ObjectNode o)) {
                throw WorkspaceException.badRequest("body: a JSON object is required");
            }
            return o;
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage();
            throw WorkspaceException.badRequest(
                    "body: not valid JSON (" + (m == null ? "" : m.lines().findFirst().orElse("")) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param o an object
     * @param field a field
     * @param required whether it must be present
     * @return its string value, or null when absent (or JSON null and not required)
     */
    static String string(ObjectNode o, String field, boolean required) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw WorkspaceException.badRequest(field + ": required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw WorkspaceException.badRequest(field + ": must be a string");
        }
        return v.textValue();
    }

    /**
     * @param o an object
     * @param field a field holding an array of objects
     * @return the objects
     */
    static List<ObjectNode> objects(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isArray()) {
            throw WorkspaceException.badRequest(field + ": an array is required");
        }
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!(v.get(i) instanceof ObjectNode x)) {
                throw WorkspaceException.badRequest(field + "[" + i + "]: must be an object");
            }
            out.add(x);
        }
        return out;
    }

    /**
     * @param o an object
     * @param field a field
     * @param dflt the value when absent
     * @param min smallest allowed
     * @param max largest allowed
     * @return the integer
     */
    static long integer(ObjectNode o, String field, long dflt, long min, long max) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.canConvertToExactIntegral() || !v.canConvertToLong()) {
            throw WorkspaceException.badRequest(field + ": must be a whole number");
        }
        long x = v.asLong();
        if (x < min || x > max) {
            throw WorkspaceException.badRequest(field + ": must be between " + min + " and " + max + ", got " + x);
        }
        return x;
    }

    /**
     * Answers with a JSON document.
     *
     * @param ctx the request
     * @param status the status
     * @param value a tree, map, list or record
     */
    static void send(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers with a document already written (the library's JSON).
     *
     * @param ctx the request
     * @param json the document
     */
    static void sendRaw(Context ctx, String json) {
        ctx.status(200).contentType("application/json; charset=utf-8").result(json);
    }

    /**
     * @param ctx the request
     * @param status the error status
     * @param message one line
     */
    static void error(Context ctx, int status, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("error", message.lines().findFirst().orElse("").strip());
        send(ctx, status, o);
    }
}
