/** The admin pages: users, API tokens and the audit log; reference-data import and edits. */
package org.bngopt.ui.admin;
