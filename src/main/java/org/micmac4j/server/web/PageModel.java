package org.micmac4j.server.web;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What every page template gets: the language and its messages, the CSRF token of the session
 * (empty for the experts' and the sign-in pages), the page's script and title.
 *
 * @param lang "en" or "fr"
 * @param messages the language's messages
 * @param csrf the session's CSRF token, or ""
 * @param script the page's script under /static/
 * @param title the page's title (escaped by the template)
 * @param path the page's path, for the language switch
 */
public record PageModel(String lang, Map<String, String> messages, String csrf, String script, String title,
        String path) {
    /**
     * @param key a message key
     * @return the message, or the key when missing
     */
    public String t(String key) {
        return messages.getOrDefault(key, key);
    }

    /** @return the messages as JSON, for the page's script (in an attribute: escaped by the template) */
    public String messagesJson() {
        try {
            return Json.MAPPER.writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the other language's code */
    public String otherLang() {
        return lang.equals("fr") ? "en" : "fr";
    }
}
