/** Message digests the product computes in more than one place. */
package org.bngopt.digest;
