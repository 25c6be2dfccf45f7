/** Dense linear algebra (LU solves, eigenvalues) over plain arrays; EJML stays behind it. Internal. */
package org.micmac4j.internal.linalg;
