/**
 * Quotes as business records (quotes.md Q1–Q5): the life cycle, references and revisions, manual lines,
 * the stock a quote holds or buys, and how customers are recognised. Pure rules; storing them is the
 * business layer's job.
 */
package org.bngopt.quotes;
