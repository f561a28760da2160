/** Signing in, verifying tokens and sessions, and managing users and tokens. */
package org.bngopt.accounts.boundary;
