/** The study workspace's web layer (see {@link org.micmac4j.server}). */
package org.micmac4j.server.web;
