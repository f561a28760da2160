/** A quote, its events and the search over quotes, as records. */
package org.bngopt.quotes.entity;
