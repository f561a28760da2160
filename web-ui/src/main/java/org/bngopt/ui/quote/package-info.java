/**
 * The New quote page: the form, the live progress of its job, and the result with its exports.
 */
package org.bngopt.ui.quote;
