package org.micmac4j.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard output, remembering why a write failed, so that {@link Main} can tell a
 * reader that went away ({@code micmac analyze | head}: not an error, the run ends quietly) from
 * output that is lost ({@code > /dev/full}: an error). After the first failure, writes are
 * dropped without trying again.
 */
final class StandardOutput extends OutputStream {
    private final OutputStream out = new FileOutputStream(FileDescriptor.out);
    private IOException failure;

    /** @return the charset of {@code System.out} (the platform's, unless sun.stdout.encoding says otherwise) */
    static Charset charset() {
        String name = System.getProperty("sun.stdout.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            return;
        }
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (failure == null) {
            out.flush();
        }
    }

    /** @return whether a write failed */
    synchronized boolean failed() {
        return failure != null;
    }

    /**
     * @return whether the failure is a closed pipe: the error says so ("Broken pipe", EPIPE), or
     *     standard output is a pipe or a socket (on Linux, /proc/self/fd/1), whose only write
     *     error is its reader going away
     */
    synchronized boolean readerGone() {
        if (failure == null) {
            return false;
        }
        if (String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("broken pipe")) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("pipe:") || target.startsWith("socket:");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
