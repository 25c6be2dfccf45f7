/** micmac4j: structural analysis (MICMAC and relatives). */
package org.micmac4j;
