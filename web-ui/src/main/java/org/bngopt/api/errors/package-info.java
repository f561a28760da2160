/**
 * How failures look to API callers: 400 bodies that name the field, 404, and 503 or 500 bodies that
 * never carry a stack trace.
 */
package org.bngopt.api.errors;
