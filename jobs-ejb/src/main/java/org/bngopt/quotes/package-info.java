/** Quotes as business records: saved from results for customers, issued, accepted, requoted; their stock holds. */
package org.bngopt.quotes;
