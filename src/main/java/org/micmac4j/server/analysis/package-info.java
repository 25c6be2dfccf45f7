/** The study workspace's analysis layer (see {@link org.micmac4j.server}). */
package org.micmac4j.server.analysis;
