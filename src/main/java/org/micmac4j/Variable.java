package org.micmac4j;

import java.util.Objects;
import java.util.Optional;

import org.micmac4j.internal.Messages;

/**
 * A variable of a structural analysis: a unique short id (the label used in matrices, plots and
 * reports), a name, and an optional description and group (a theme or "block").
 *
 * <p>Immutable. Equality is on every field. Ids and names are stripped of surrounding blanks and
 * must not be blank.
 *
 * <pre>{@code
 * Variable v = Variable.of("CLIMAT", "Climate change").withGroup("Regulatory and environmental change");
 * }</pre>
 */
public final class Variable implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final String description;
    private final String group;

    private Variable(String id, String name, String description, String group) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.group = group;
    }

    /**
     * A variable whose name is its id.
     *
     * @param id the unique short id
     * @return the variable
     * @throws InvalidInputException when the id is null or blank
     */
    public static Variable of(String id) {
        return of(id, id);
    }

    /**
     * @param id the unique short id
     * @param name the display name
     * @return the variable
     * @throws InvalidInputException when the id or the name is null or blank
     */
    public static Variable of(String id, String name) {
        String i = text(id, "variable id");
        return new Variable(i, text(name, "name of variable " + i), null, null);
    }

    private static String text(String s, String what) {
        Messages.require(s != null && !s.isBlank(), "%s must not be blank", what);
        return s.strip();
    }

    private static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * @param newDescription a description; null or blank removes it
     * @return a copy with that description
     */
    public Variable withDescription(String newDescription) {
        return new Variable(id, name, optional(newDescription), group);
    }

    /**
     * @param newGroup a group (theme, block); null or blank removes it
     * @return a copy with that group
     */
    public Variable withGroup(String newGroup) {
        return new Variable(id, name, description, optional(newGroup));
    }

    /**
     * @param newName a display name
     * @return a copy with that name
     */
    public Variable withName(String newName) {
        return new Variable(id, text(newName, "name of variable " + id), description, group);
    }

    /** @return the unique short id */
    public String id() {
        return id;
    }

    /** @return the display name (the id when none was given) */
    public String name() {
        return name;
    }

    /** @return the description, if any */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return the group (theme, block), if any */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Variable)) {
            return false;
        }
        Variable v = (Variable) o;
        return id.equals(v.id) && name.equals(v.name) && Objects.equals(description, v.description)
                && Objects.equals(group, v.group);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, description, group);
    }

    @Override
    public String toString() {
        return name.equals(id) ? id : id + " (" + name + ")";
    }
}
