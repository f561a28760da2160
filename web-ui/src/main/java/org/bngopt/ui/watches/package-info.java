/** The Watches page and the notifications panel of every page. */
package org.bngopt.ui.watches;
