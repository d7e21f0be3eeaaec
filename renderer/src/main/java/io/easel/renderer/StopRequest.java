package io.easel.renderer;

/** Why the renderer is about to stop, and the exit code that tells its manager. */
record StopRequest(int exitCode, String reason) {
}
