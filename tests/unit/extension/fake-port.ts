import { vi } from 'vitest';

/** A runtime port with the listeners it was given and what was done to it, for the engine's port tests. */
export function fakePort() {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port = {
    posted: [] as unknown[],
    disconnect: vi.fn(),
    postMessage: (message: unknown) => port.posted.push(message),
    onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
    deliver: (message: unknown) => onMessage.forEach((listener) => listener(message)),
    closeFromOtherSide: () => onDisconnect.forEach((listener) => listener()),
  };
  return port;
}
