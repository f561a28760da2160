/** The quote tables, the stock ledger, the settings and the figures of the dashboard. */
package org.bngopt.quotes.control;
