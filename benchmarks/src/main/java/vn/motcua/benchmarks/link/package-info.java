/** Benchmarks of {@code vn.motcua.core.link}: link round trips against in-memory and raw-socket baselines. */
package vn.motcua.benchmarks.link;
