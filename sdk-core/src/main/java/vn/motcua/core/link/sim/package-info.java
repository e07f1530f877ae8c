/**
 * Simulated ports for tests and demos without hardware: the device side of {@code sim:NAME}
 * links, with a cable that can be pulled and plugged back.
 */
package vn.motcua.core.link.sim;
