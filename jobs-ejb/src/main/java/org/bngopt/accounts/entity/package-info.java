/** The roles, identities, users, tokens and audit entries, as immutable values. */
package org.bngopt.accounts.entity;
