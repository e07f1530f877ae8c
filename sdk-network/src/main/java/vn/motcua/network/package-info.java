/**
 * Network probes between a ward and the city hub, their statistics and exposition.
 *
 * <p>This module holds no API yet.
 */
package vn.motcua.network;
