/** Test support for the PostgreSQL team library: a real server started by the tests themselves. */
package dev.sentag.pg;
