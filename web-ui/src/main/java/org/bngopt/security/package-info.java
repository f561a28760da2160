/**
 * Who is calling: one Jakarta Security mechanism for bearer tokens, form sign-in and the sessions of
 * signed-in users, and the slow-down of repeated failed sign-ins. Which role reaches which path is
 * declared in {@code web.xml}.
 */
package org.bngopt.security;
