/**
 * The HTTP edge, before any page or resource runs: security headers, the request body limit and the
 * per-client submission rate.
 */
package org.bngopt.edge;
