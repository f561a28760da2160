/** Managing watches, reading notifications, and the evaluator that re-optimises watches through the job queue. */
package org.bngopt.watches.boundary;
