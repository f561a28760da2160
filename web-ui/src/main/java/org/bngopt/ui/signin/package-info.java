/** The sign-in page and signing out. */
package org.bngopt.ui.signin;
