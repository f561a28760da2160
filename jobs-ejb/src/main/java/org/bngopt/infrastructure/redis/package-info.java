/**
 * The Redisson client, configured from {@code REDIS_URL}, and its lifecycle.
 */
package org.bngopt.infrastructure.redis;
