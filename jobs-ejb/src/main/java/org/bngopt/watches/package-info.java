/** Watch-lists: requests re-optimised at every new reference-data version, and the notifications they raise. */
package org.bngopt.watches;
