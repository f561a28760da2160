/** The parties to a quote (quotes.md Q1): customers, the clients quotes are for, and introducers, who bring them. */
package org.bngopt.parties;
