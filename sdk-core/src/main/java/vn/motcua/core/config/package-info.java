/**
 * The JSON configuration of a kiosk or branch: devices by id, kind, link URI and profile, and
 * the sections other modules read. {@link vn.motcua.core.config.ConfigLoader} checks every
 * field and names each problem's path.
 */
package vn.motcua.core.config;
