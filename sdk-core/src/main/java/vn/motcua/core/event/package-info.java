/**
 * Threads and event delivery shared by every device: an {@link vn.motcua.core.event.EventDispatcher}
 * per component that runs listeners in order on one thread, never under a lock, with their
 * failures isolated and passed to an {@link vn.motcua.core.ErrorHandler}.
 */
package vn.motcua.core.event;
