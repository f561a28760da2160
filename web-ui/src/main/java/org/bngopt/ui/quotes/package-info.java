/** The pages of quotes as business records: saving a result as a quote, a quote's own page, and the search. */
package org.bngopt.ui.quotes;
