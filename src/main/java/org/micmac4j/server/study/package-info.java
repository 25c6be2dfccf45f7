/** The study workspace's study layer (see {@link org.micmac4j.server}). */
package org.micmac4j.server.study;
