package org.micmac4j.testutil;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test resources as files. */
public final class Resources {
    private Resources() {
    }

    /**
     * @param resource an absolute classpath path, e.g. {@code /cases/micmac/x/input.csv}
     * @return the file
     */
    public static Path path(String resource) {
        URL url = Resources.class.getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
