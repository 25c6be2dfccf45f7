package org.micmac4j.server.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import io.javalin.http.Context;

/**
 * English and French: the language comes from the {@code micmac_lang} cookie set by the switch,
 * else from the browser's {@code Accept-Language}, else English. Messages live in
 * {@code org/micmac4j/server/messages_*.properties} (UTF-8); the pages' scripts get theirs as
 * a JSON attribute.
 */
final class I18n {
    static final String COOKIE = "micmac_lang";
    static final String[] LANGUAGES = {"en", "fr"};
    private static final Map<String, Map<String, String>> BUNDLES = Map.of("en", load("en"), "fr", load("fr"));

    private I18n() {
    }

    private static Map<String, String> load(String lang) {
        ResourceBundle b = ResourceBundle.getBundle("org.micmac4j.server.messages", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> m = new TreeMap<>();
        for (Enumeration<String> e = b.getKeys(); e.hasMoreElements();) {
            String k = e.nextElement();
            m.put(k, b.getString(k));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * @param ctx a request
     * @return "en" or "fr"
     */
    static String language(Context ctx) {
        String c = ctx.cookie(COOKIE);
        if ("en".equals(c) || "fr".equals(c)) {
            return c;
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            try {
                for (Locale.LanguageRange r : Locale.LanguageRange.parse(accept)) {
                    String l = r.getRange().toLowerCase(Locale.ROOT);
                    if (r.getWeight() > 0 && (l.startsWith("fr") || l.startsWith("en"))) {
                        return l.substring(0, 2);
                    }
                }
            } catch (IllegalArgumentException e) {
                return "en";
            }
        }
        return "en";
    }

    /**
     * @param lang "en" or "fr"
     * @return its messages
     */
    static Map<String, String> messages(String lang) {
        return BUNDLES.getOrDefault(lang, BUNDLES.get("en"));
    }
}
