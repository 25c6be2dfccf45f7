package org.micmac4j.io;

import java.util.List;
import java.util.Objects;

import org.micmac4j.internal.Messages;

/**
 * Which sheet of a workbook to read: the first visible one, one by name, one by position, or a
 * command-line word that is a name or a position.
 *
 * <pre>{@code
 * Sheet.FIRST             // the default: the first sheet that is not hidden
 * Sheet.named("Matrix")   // by name, exactly
 * Sheet.at(2)             // the second sheet (1-based, as a spreadsheet program shows them)
 * Sheet.parse("2")        // a sheet named "2" if there is one, else the second sheet
 * }</pre>
 *
 * <p>Immutable.
 */
public final class Sheet {
    /**
     * The first sheet of the workbook that is not hidden (the default everywhere): what a
     * spreadsheet program shows first. A hidden sheet is read only when asked for.
     */
    public static final Sheet FIRST = new Sheet(null, 0);

    private final String name;
    private final int position;

    private Sheet(String name, int position) {
        this.name = name;
        this.position = position;
    }

    /**
     * @param name the sheet's name, compared exactly
     * @return the selector
     */
    public static Sheet named(String name) {
        Objects.requireNonNull(name, "name");
        Messages.require(!name.isBlank(), "a sheet name must not be blank");
        return new Sheet(name, 0);
    }

    /**
     * @param position 1-based position of the sheet in the workbook, hidden sheets included
     * @return the selector
     */
    public static Sheet at(int position) {
        Messages.require(position >= 1, "a sheet position is 1-based, got %d", position);
        return new Sheet(null, position);
    }

    /**
     * Reads a command-line word ({@code --sheet NAME|INDEX}): a sheet of that name when the
     * workbook has one, otherwise, when the word is a whole number, the sheet at that 1-based
     * position.
     *
     * @param text the word
     * @return the selector
     */
    public static Sheet parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        Messages.require(!t.isEmpty(), "a sheet name must not be blank");
        int position = 0;
        if (t.matches("\\d{1,6}")) {
            position = Integer.parseInt(t);
            Messages.require(position >= 1, "a sheet position is 1-based, got %d", position);
        }
        return new Sheet(t, position);
    }

    /**
     * Finds the selected sheet among a workbook's sheet names.
     *
     * @param names the sheet names in workbook order
     * @param source the file, for messages
     * @return the 0-based index of the sheet
     * @throws org.micmac4j.InvalidInputException naming the file and the sheets it has when the
     *     selected sheet is missing
     */
    public int resolve(List<String> names, String source) {
        if (isDefault() && !names.isEmpty()) {
            return 0; // without visibility, the first
        }
        if (name != null) {
            int i = names.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        if (position >= 1 && position <= names.size()) {
            return position - 1;
        }
        if (names.isEmpty()) {
            throw Messages.invalid("%s: the workbook has no sheet", source);
        }
        if (name != null && position == 0) {
            throw Messages.invalid("%s: no sheet named '%s' (sheets: %s)", source, Messages.token(name),
                    String.join(", ", names));
        }
        throw Messages.invalid("%s: no sheet %d: the workbook has %d sheet%s (%s)", source, position, names.size(),
                names.size() == 1 ? "" : "s", String.join(", ", names));
    }

    /**
     * @return whether this selects the default or the first sheet (by position), which is all a
     *     CSV file has
     */
    public boolean isFirst() {
        return isDefault() || position == 1 && (name == null || name.equals("1"));
    }

    /** @return whether this is {@link #FIRST}, the first visible sheet */
    public boolean isDefault() {
        return name == null && position == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sheet s && Objects.equals(name, s.name) && position == s.position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, position);
    }

    @Override
    public String toString() {
        return name != null ? name : isDefault() ? "first visible" : "#" + position;
    }
}
