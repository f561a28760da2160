/**
 * Reading a statutory biodiversity metric workbook into the demand it leaves for a quote
 * (metric-import.md): {@link org.bngopt.metric.MetricReader} over POI's streaming reader, and
 * {@link org.bngopt.metric.MetricDemand} for the catalogue of the current reference data.
 */
package org.bngopt.metric;
