package org.micmac4j;

/**
 * Thrown when a matrix, a variable list or a file cannot be used as given. The message names the
 * row, column, id or file at fault, so that a user can fix the input from the message alone.
 *
 * <p>It is an {@link IllegalArgumentException}: bad input is a caller error, never a wrong answer.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and where (row, column, id or file)
     */
    public InvalidInputException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where
     * @param cause the underlying error (an I/O or parse error)
     */
    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
