/** A finished quote exported as CSV, Excel or PDF, from one sheet of typed cells. */
package org.bngopt.api.jobs.export;
