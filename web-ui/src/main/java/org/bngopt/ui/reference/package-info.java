/**
 * The Reference data page: banks with their tier for a chosen site, stock and prices, read-only.
 */
package org.bngopt.ui.reference;
