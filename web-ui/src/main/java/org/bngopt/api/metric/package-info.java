/** {@code /api/metric}: a statutory metric workbook read into a quote's demand. */
package org.bngopt.api.metric;
