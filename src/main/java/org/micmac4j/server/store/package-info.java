/** The study workspace's store layer (see {@link org.micmac4j.server}). */
package org.micmac4j.server.store;
