/** {@code /api/watches} and {@code /api/notifications}. */
package org.bngopt.api.watches;
