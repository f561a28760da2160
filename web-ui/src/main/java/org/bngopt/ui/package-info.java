/**
 * Backing beans of the PrimeFaces pages, each named after its page.
 */
package org.bngopt.ui;
