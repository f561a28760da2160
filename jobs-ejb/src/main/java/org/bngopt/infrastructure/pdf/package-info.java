/** The house style of the PDFs the product draws (OpenPDF), and what makes them the same bytes every time. */
package org.bngopt.infrastructure.pdf;
