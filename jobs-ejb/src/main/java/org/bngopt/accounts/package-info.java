/**
 * Who may use the product: people who sign in (quoters and admins), the API tokens admins issue to
 * machine clients, the short-lived verdict caches that keep Postgres off the request path, and the
 * audit log.
 */
package org.bngopt.accounts;
