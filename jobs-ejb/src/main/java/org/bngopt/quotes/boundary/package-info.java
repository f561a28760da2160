/** Saving, changing, moving through the life cycle and requoting quotes; the hourly expiry. */
package org.bngopt.quotes.boundary;
