/** Watch-lists (issue 20): when a watched request's new result meets its condition, and what changed. */
package org.bngopt.watch;
