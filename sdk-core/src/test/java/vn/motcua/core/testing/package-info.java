/** Fixtures for tests against real parts: leak counters, state recorders, pty pairs. */
package vn.motcua.core.testing;
