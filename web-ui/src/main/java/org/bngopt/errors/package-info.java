/** The one writer of error bodies, for every answer under {@code /api} whoever gives it. */
package org.bngopt.errors;
