/**
 * The root of the SDK's core: the exception hierarchy and the {@link vn.motcua.core.ErrorHandler}
 * that receives errors from background work.
 *
 * <p>Every failure outside the caller's control is a {@link vn.motcua.core.MotcuaException};
 * caller mistakes are {@link java.lang.IllegalArgumentException} or
 * {@link java.lang.IllegalStateException}.
 */
package vn.motcua.core;
