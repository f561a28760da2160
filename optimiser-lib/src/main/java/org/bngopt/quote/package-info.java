/**
 * The quote contract of rules.md §11–§13: the validated request, the result, and their JSON mapping.
 */
package org.bngopt.quote;
