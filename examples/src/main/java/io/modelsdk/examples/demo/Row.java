package io.modelsdk.examples.demo;

/**
 * One line of a vendor's table: how the SDK was called, what came back, and how long it took.
 *
 * @param mode the calling mode: sync, async, raw, streaming, paging, retry, error
 * @param call the operation, such as {@code retrieve gpt-4o}
 * @param result what came back, for people
 * @param millis the wall time of the call
 * @param ok whether the call did what the demo expected
 */
public record Row(String mode, String call, String result, long millis, boolean ok) {}
