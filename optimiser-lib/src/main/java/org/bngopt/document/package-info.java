/**
 * The client document of a quote (quotes.md Q6): one model, built from the quote's frozen result and
 * manual lines with the document's own rounding, bundling, order and formats, which the PDF, the e-mail
 * and the page all render.
 */
package org.bngopt.document;
