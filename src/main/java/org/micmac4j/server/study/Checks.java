package org.micmac4j.server.study;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.micmac4j.server.store.Rows.VariableRow;

/** Validation of what clients send: every refusal names the field. */
public final class Checks {
    /** Longest title. */
    public static final int TITLE_MAX = 300;
    /** Longest variable id. */
    public static final int ID_MAX = 100;
    /** Longest name (variable or expert). */
    public static final int NAME_MAX = 100;
    /** Longest variable name. */
    public static final int VARIABLE_NAME_MAX = 300;
    /** Longest description. */
    public static final int DESCRIPTION_MAX = 4000;
    /** Longest rationale: one line. */
    public static final int RATIONALE_MAX = 300;
    /** Most variables in a study (a grid of 200 x 200 is already 39,800 cells per expert). */
    public static final int VARIABLES_MAX = 200;
    /** The values of a cell besides no opinion (null). */
    public static final List<String> VALUES = List.of("0", "1", "2", "3", "P");

    private Checks() {
    }

    /**
     * @param field the field's name, for the message
     * @param value the text
     * @param max its longest length
     * @param required whether it may be null or blank
     * @return the text stripped, or null when blank and not required
     */
    public static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw WorkspaceException.badRequest(field + ": required");
            }
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw WorkspaceException.badRequest(field + ": at most " + max + " characters, got " + s.length());
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i)) && s.charAt(i) != '\t') {
                throw WorkspaceException.badRequest(field + ": control characters (line breaks) are not allowed");
            }
        }
        return s;
    }

    /**
     * Checks a description (line breaks allowed).
     *
     * @param field the field
     * @param value the text, or null
     * @return it stripped, or null
     */
    public static String description(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > DESCRIPTION_MAX) {
            throw WorkspaceException.badRequest(
                    field + ": at most " + DESCRIPTION_MAX + " characters, got " + s.length());
        }
        return s;
    }

    /**
     * An expert's name is also a file name in the exported panel folder.
     *
     * @param name the name
     * @return it stripped
     */
    public static String expertName(String name) {
        String s = text("name", name, NAME_MAX, true);
        for (char c : new char[] {'/', '\\', ':', '*', '?', '"', '<', '>', '|'}) {
            if (s.indexOf(c) >= 0) {
                throw WorkspaceException.badRequest(
                        "name: the character " + c + " is not allowed (names become file names)");
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.startsWith(".") || lower.equals("experts") || lower.equals("variables")) {
            throw WorkspaceException.badRequest("name: '" + s + "' is reserved in the panel folder");
        }
        return s;
    }

    /**
     * @param value a cell value from a client
     * @return it, or null for no opinion
     */
    public static String value(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!VALUES.contains(v)) {
            throw WorkspaceException.badRequest("value: must be \"0\", \"1\", \"2\", \"3\", \"P\" or null, got \""
                    + (value.length() > 20 ? value.substring(0, 20) + "..." : value) + "\"");
        }
        return v;
    }

    /**
     * @param vars variables from a client
     * @return them checked (ids unique, names defaulting to ids)
     */
    public static List<VariableRow> variables(List<VariableRow> vars) {
        if (vars == null || vars.size() < 2) {
            throw WorkspaceException.badRequest("variables: at least 2 are needed");
        }
        if (vars.size() > VARIABLES_MAX) {
            throw WorkspaceException.badRequest("variables: at most " + VARIABLES_MAX + ", got " + vars.size());
        }
        Set<String> seen = new HashSet<>();
        List<VariableRow> out = new java.util.ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            VariableRow v = vars.get(i);
            String where = "variables[" + i + "]";
            String id = text(where + ".id", v.id(), ID_MAX, true);
            if (!seen.add(id)) {
                throw WorkspaceException.badRequest(where + ".id: duplicate id '" + id + "'");
            }
            String name = text(where + ".name", v.name(), VARIABLE_NAME_MAX, false);
            out.add(new VariableRow(id, name == null ? id : name,
                    text(where + ".group", v.group(), VARIABLE_NAME_MAX, false),
                    description(where + ".description", v.description())));
        }
        return List.copyOf(out);
    }
}
