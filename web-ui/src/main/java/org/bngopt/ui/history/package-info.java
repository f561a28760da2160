/**
 * The History page: past jobs from the API, filtered and lazily paged, with links to open or requote.
 */
package org.bngopt.ui.history;
