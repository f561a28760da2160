/** Their storage in Postgres, the verdict cache, the asynchronous audit log and the initial accounts. */
package org.bngopt.accounts.control;
