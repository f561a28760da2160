/**
 * {@code /api/admin}: users, API tokens, the audit log and reference-data changes, for admins only
 * (web.xml). Every change is audited under the caller's name.
 */
package org.bngopt.api.admin;
