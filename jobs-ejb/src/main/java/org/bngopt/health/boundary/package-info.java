/**
 * Whether the instance can serve: the database and Redis probes behind {@code /api/health} and the
 * MicroProfile Health checks.
 */
package org.bngopt.health.boundary;
