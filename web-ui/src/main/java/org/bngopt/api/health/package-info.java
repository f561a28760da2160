/**
 * {@code GET /api/health}: whether this instance can serve, naming the service that is down.
 */
package org.bngopt.api.health;
